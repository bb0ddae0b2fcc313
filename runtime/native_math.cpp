// Natives of packages math and math/bits: what Go does with unsafe,
// compiler intrinsics or assembly (stdlib/math/unsafe.go, arch.go,
// stdlib/math/bits/bits_errors.go) or reads from internal/cpu. Everything
// else in math is Go.
#include "runtime/abi.h"
#include "runtime/natives.h"
#include "runtime/runtime2.h"

#include <cmath>
#include <cstring>

namespace gorun::runtime {

namespace {

template <typename To, typename From>
void bitcast(void* r, const void* p) {
  static_assert(sizeof(To) == sizeof(From));
  std::memcpy(r, p, sizeof(To));
}

double arg(const void* p) { return *static_cast<const double*>(p); }
void ret(void* r, double v) { *static_cast<double*>(r) = v; }

}  // namespace

void math_Float32bits(void* r, const void* p) { bitcast<uint32_t, float>(r, p); }
void math_Float32frombits(void* r, const void* p) { bitcast<float, uint32_t>(r, p); }
void math_Float64bits(void* r, const void* p) { bitcast<uint64_t, double>(r, p); }
void math_Float64frombits(void* r, const void* p) { bitcast<double, uint64_t>(r, p); }

// Exact operations: any correct implementation gives Go's result.
void math_archSqrt(void* r, const void* p) { ret(r, std::sqrt(arg(p))); }
void math_archFloor(void* r, const void* p) { ret(r, std::floor(arg(p))); }
void math_archCeil(void* r, const void* p) { ret(r, std::ceil(arg(p))); }
void math_archTrunc(void* r, const void* p) { ret(r, std::trunc(arg(p))); }

// internal/cpu's X86.HasAVX && X86.HasFMA: Go's amd64 Exp takes its FMA path
// on such CPUs (stdlib/math/exp_amd64.go).
void math_cpuHasFMA(void* r, const void*) {
  *static_cast<bool*>(r) = __builtin_cpu_supports("avx") && __builtin_cpu_supports("fma");
}

// runtime.overflowError and runtime.divideError, as math/bits raises them.
void math_bits_panicOverflow(void*, const void*) {
  panicRuntimeError("integer overflow", __builtin_frame_address(0));
}
void math_bits_panicDivide(void*, const void*) {
  panicRuntimeError("integer divide by zero", __builtin_frame_address(0));
}

}  // namespace gorun::runtime
