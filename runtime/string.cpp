// Strings (Go's string.go): concatenation, comparison and the conversions
// between strings, byte slices and rune slices.
//
// Invariants: a string's bytes are immutable, so a result may share its
// bytes with an operand (concatenation with only one non-empty part returns
// that part, as Go does); conversions to slices always copy. Every buffer
// handed to Go comes from gorun_mallocgc. An empty result is {nullptr, 0}.
#include "runtime/abi.h"
#include "runtime/malloc.h"
#include "runtime/runtime2.h"
#include "runtime/sizeclasses.h"
#include "runtime/utf8.h"

#include <algorithm>
#include <cstring>

using namespace gorun::runtime;

extern "C" {

void gorun_concatstrings(GoString* out, const GoString* parts, int64_t n) {
  int64_t total = 0;
  int64_t nonEmpty = 0, last = -1;
  for (int64_t i = 0; i < n; i++) {
    if (parts[i].len == 0) continue;
    if (total + parts[i].len < total) throwError("string concatenation too long");
    total += parts[i].len;
    nonEmpty++;
    last = i;
  }
  if (nonEmpty == 0) {
    *out = GoString{nullptr, 0};
    return;
  }
  if (nonEmpty == 1) {
    *out = parts[last];
    return;
  }
  auto* p = static_cast<uint8_t*>(gorun_mallocgc(static_cast<uint64_t>(total), &byteType));
  int64_t off = 0;
  for (int64_t i = 0; i < n; i++) {
    if (parts[i].len == 0) continue;
    std::memcpy(p + off, parts[i].ptr, static_cast<size_t>(parts[i].len));
    off += parts[i].len;
  }
  *out = GoString{p, total};
}

int64_t gorun_cmpstring(const GoString* a, const GoString* b) {
  int64_t l = std::min(a->len, b->len);
  if (l > 0) {
    int c = std::memcmp(a->ptr, b->ptr, static_cast<size_t>(l));
    if (c != 0) return c < 0 ? -1 : 1;
  }
  if (a->len < b->len) return -1;
  if (a->len > b->len) return 1;
  return 0;
}

void gorun_intstring(GoString* out, int64_t v) {
  // Runes outside int32 or invalid code points become "\uFFFD".
  int32_t r = (v < 0 || v > MaxRune || !validRune(static_cast<int32_t>(v)))
                  ? RuneError
                  : static_cast<int32_t>(v);
  uint8_t buf[UTFMax];
  int n = encoderune(buf, r);
  auto* p = static_cast<uint8_t*>(gorun_mallocgc(static_cast<uint64_t>(n), &byteType));
  std::memcpy(p, buf, static_cast<size_t>(n));
  *out = GoString{p, n};
}

void gorun_slicebytetostring(GoString* out, const uint8_t* p, int64_t n) {
  if (n == 0) {
    *out = GoString{nullptr, 0};
    return;
  }
  auto* q = static_cast<uint8_t*>(gorun_mallocgc(static_cast<uint64_t>(n), &byteType));
  std::memcpy(q, p, static_cast<size_t>(n));
  *out = GoString{q, n};
}

// As Go's rawbyteslice, the capacity is the allocation's size class, so
// cap([]byte("hello")) is 8 as in Go (for a slice that escapes; Go gives a
// non-escaping one a 32-byte stack buffer instead).
void gorun_stringtoslicebyte(GoSlice* out, const GoString* s) {
  // A non-nil slice even for "": []byte("") != nil in Go.
  auto cap = static_cast<int64_t>(roundupsize(static_cast<uintptr_t>(s->len)));
  void* q = gorun_mallocgc(static_cast<uint64_t>(cap), &byteType);
  if (s->len > 0) std::memcpy(q, s->ptr, static_cast<size_t>(s->len));
  *out = GoSlice{q, s->len, cap};
}

void gorun_stringtoslicerune(GoSlice* out, const GoString* s) {
  const size_t n = runeCount(s->ptr, static_cast<size_t>(s->len));
  const size_t mem = roundupsize(n * sizeof(int32_t));  // rawruneslice
  auto* q = static_cast<int32_t*>(gorun_mallocgc(mem, &byteType));
  size_t k = 0;
  for (int64_t i = 0; i < s->len;) {
    DecodedRune d = decoderune(s->ptr + i, static_cast<size_t>(s->len - i));
    q[k++] = d.r;
    i += d.width;
  }
  *out = GoSlice{q, static_cast<int64_t>(n), static_cast<int64_t>(mem / sizeof(int32_t))};
}

void gorun_slicerunetostring(GoString* out, const int32_t* p, int64_t n) {
  int64_t size = 0;
  for (int64_t i = 0; i < n; i++) size += runeLen(p[i]);
  if (size == 0) {
    *out = GoString{nullptr, 0};
    return;
  }
  auto* q = static_cast<uint8_t*>(gorun_mallocgc(static_cast<uint64_t>(size), &byteType));
  int64_t off = 0;
  for (int64_t i = 0; i < n; i++) off += encoderune(q + off, p[i]);
  *out = GoString{q, size};
}

void gorun_decoderune(gorun::runtime::DecodeRuneResult* out, const GoString* s, int64_t k) {
  DecodedRune d = decoderune(s->ptr + k, static_cast<size_t>(s->len - k));
  out->r = d.r;
  out->pos = k + d.width;
}

}  // extern "C"
