// fmt's scanner (runtime/fmt_scan.cpp): Sscan, Sscanln and Sscanf over
// type descriptors, for the native behind stdlib/fmt/scan.go.
#pragma once

#include "runtime/type.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace gorun::runtime::gofmt {

enum class ScanMode : int64_t { Scan = 0, Scanln = 1, Scanf = 2 };

// The error a scan returns, as stdlib/fmt/scan.go rebuilds it.
enum class ScanErrKind : int64_t { None = 0, IoEOF = 1, IoUnexpectedEOF = 2, Text = 3 };

// The native's results, in Go's layout: (n int, kind int, msg string).
struct ScanResults {
  int64_t n;
  int64_t kind;  // ScanErrKind
  GoString msg;  // the error's text when kind is Text
};

// A panic Go's scanner raises instead of returning an error; the native
// raises it once the scanner's C++ state is gone (a panic abandons frames).
enum class ScanPanic { None, NilPointer, NilArg };

// Scans input into the pointers in a[0:n] as fmt.Sscan (Scan),
// fmt.Sscanln (Scanln) or fmt.Sscanf(input, format, ...) (Scanf) do, and
// fills *out. Allocates the scanned strings and byte slices.
ScanPanic sscan(ScanMode mode, std::string_view input, std::string_view format,
                const GoEface* a, size_t n, ScanResults* out);

}  // namespace gorun::runtime::gofmt
