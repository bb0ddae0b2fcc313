// Copyright 2010 The Go Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package math

// useFMA is Go's cpu.X86.HasAVX && cpu.X86.HasFMA: it picks the FMA path
// of archExp, as Go's amd64 Exp does on this machine.
var useFMA = cpuHasFMA()

// cpuHasFMA reports whether the CPU has AVX and FMA (a native: Go reads it
// from internal/cpu).
func cpuHasFMA() bool

// archExp is Go's amd64 assembly Exp (exp_amd64.s) transcribed instruction
// by instruction, so that Exp gives Go's results bit for bit on amd64 (they
// differ from the portable exp.go and from libm in the last place).
//
// The algorithm: x = hi + lo with hi an integer multiple of ln2, computed
// in two parts (LN2U, LN2L); exp(lo/16) by a Taylor series; squared four
// times; scaled by 2**k.
func archExp(x float64) float64 {
	const (
		ln2U     = 0.69314718055966295651160180568695068359375       // upper half LN2
		ln2L     = 0.28235290563031577122588448175013436025525412068e-12 // lower half LN2
		log2e    = 1.4426950408889634073599246810018920              // 1/LN2
		overflow = 7.09782712893384e+02

		c0 = 0.5
		c1 = 1.0
		c2 = 2.0
		c3 = 1.6666666666666666667e-1
		c4 = 4.1666666666666666667e-2
		c5 = 8.3333333333333333333e-3
		c6 = 1.3888888888888888889e-3
		c7 = 1.9841269841269841270e-4
		c8 = 2.4801587301587301587e-5
	)
	bits := Float64bits(x)
	if bits&^(1<<63) >= 0x7FF0000000000000 { // not finite
		if bits == 0xFFF0000000000000 { // -Inf
			return 0
		}
		return x // NaN or +Inf
	}
	if x > overflow {
		return Inf(1)
	}
	k := cvtsd2sl(log2e * x) // exponent
	fk := float64(k)
	var r float64
	if useFMA {
		r = FMA(-fk, ln2U, x)
		r = FMA(-fk, ln2L, r)
		r *= 0.0625 // reduce argument
		p := FMA(c8, r, c7)
		p = FMA(p, r, c6)
		p = FMA(p, r, c5)
		p = FMA(p, r, c4)
		p = FMA(p, r, c3)
		p = FMA(p, r, c0)
		p = FMA(p, r, c1)
		r *= p
		r *= r + c2
		r *= r + c2
		r *= r + c2
		r = FMA(r, r+c2, c1)
	} else {
		r = x - fk*ln2U
		r -= fk * ln2L
		r *= 0.0625 // reduce argument
		p := c8 * r
		p = (p + c7) * r
		p = (p + c6) * r
		p = (p + c5) * r
		p = (p + c4) * r
		p = (p + c3) * r
		p = (p + c0) * r
		p += c1
		r *= p
		r *= r + c2
		r *= r + c2
		r *= r + c2
		r *= r + c2
		r += c1
	}
	// return r * 2**k
	k += 0x3FF // add bias
	if k <= 0 { // denormal
		if k < -52 {
			return 0
		}
		k += 0x3FE // add bias - 1
		r *= Float64frombits(uint64(k) << 52)
		k = 1
	} else if k >= 0x7FF {
		return Inf(1)
	}
	return r * Float64frombits(uint64(k)<<52)
}

// cvtsd2sl converts as the CVTSD2SL instruction does: to the nearest int32,
// ties to even, and out-of-range values to the "integer indefinite"
// MinInt32.
func cvtsd2sl(x float64) int32 {
	if !(x >= -(1<<31) && x < 1<<31) {
		return -1 << 31
	}
	return int32(RoundToEven(x))
}
