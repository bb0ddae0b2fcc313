// Hashing and equality of Go values driven by their type descriptors (Go's
// alg.go): what maps use for keys, and what interface comparison needs.
//
// Go generates a hash and an equality function per type; we walk the
// descriptor instead (one generic routine per kind), which costs a switch
// per key but needs nothing from the JIT. The rules are Go's:
//   - floats: +0 and -0 are equal and hash alike; NaN is unequal to
//     everything, itself included, and hashes randomly (so every NaN key
//     inserted into a map is a new entry);
//   - strings hash their bytes; interfaces hash their dynamic value with the
//     dynamic type's rule (the type itself is not hashed, as in Go);
//   - structs hash and compare field by field, skipping blank (_) fields;
//     arrays element by element;
//   - an interface holding an uncomparable dynamic type panics with
//     "runtime error: hash of unhashable type T" (hashing) or "runtime
//     error: comparing uncomparable type T" (equality).
#pragma once

#include "runtime/type.h"

#include <cstdint>

namespace gorun::runtime {

// hash(t, p, seed): the hash of the value of type t at p.
uint64_t typehash(const GoType* t, const void* p, uint64_t seed);
// The bytes' hash (Go's memhash).
uint64_t memhash(const void* p, uint64_t n, uint64_t seed);
// Whether the values of type t at a and b are equal (Go's ==).
bool typeequal(const GoType* t, const void* a, const void* b);
// Equality of two empty-interface values (efaceeq).
bool efaceequal(const GoEface* a, const GoEface* b);

}  // namespace gorun::runtime
