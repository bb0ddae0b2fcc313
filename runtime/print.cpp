// The builtin print and println, and the low-level printers the runtime's
// own messages use (Go's runtime/print.go). Output goes to stderr, one
// write(2) per item, unbuffered.
//
// The formats are the runtime's, not fmt's: floats always in exponent form
// with 7 significant digits (+1.500000e+000), pointers in hex, slices as
// [len/cap]0xptr, interfaces as (0xtype,0xdata).
#include "runtime/abi.h"
#include "runtime/runtime2.h"

#include <cmath>

namespace gorun::runtime {

void printstring(std::string_view s) { gwrite(s); }

void printbool(bool v) { printstring(v ? "true" : "false"); }

void printuint(uint64_t v) {
  char buf[24];
  int i = sizeof buf;
  do {
    buf[--i] = static_cast<char>('0' + v % 10);
    v /= 10;
  } while (v != 0);
  gwrite(std::string_view(buf + i, sizeof buf - i));
}

void printint(int64_t v) {
  if (v < 0) {
    printstring("-");
    printuint(-static_cast<uint64_t>(v));
    return;
  }
  printuint(static_cast<uint64_t>(v));
}

void printhex(uint64_t v) {
  static const char dig[] = "0123456789abcdef";
  char buf[24];
  int i = sizeof buf;
  do {
    buf[--i] = dig[v % 16];
    v /= 16;
  } while (v != 0);
  buf[--i] = 'x';
  buf[--i] = '0';
  gwrite(std::string_view(buf + i, sizeof buf - i));
}

void printpointer(const void* p) { printhex(reinterpret_cast<uintptr_t>(p)); }

// Go's printfloat, digit for digit: it is deliberately not exact (it
// normalises by repeated division), and programs' stderr depends on that.
void printfloat(double v) {
  if (v != v) {
    printstring("NaN");
    return;
  }
  if (v + v == v && v > 0) {
    printstring("+Inf");
    return;
  }
  if (v + v == v && v < 0) {
    printstring("-Inf");
    return;
  }
  constexpr int n = 7;  // digits printed
  char buf[n + 7];
  buf[0] = '+';
  int e = 0;
  if (v == 0) {
    if (std::signbit(v)) buf[0] = '-';
  } else {
    if (v < 0) {
      v = -v;
      buf[0] = '-';
    }
    while (v >= 10) {
      e++;
      v /= 10;
    }
    while (v < 1) {
      e--;
      v *= 10;
    }
    double h = 5.0;
    for (int i = 0; i < n; i++) h /= 10;
    v += h;
    if (v >= 10) {
      e++;
      v /= 10;
    }
  }
  for (int i = 0; i < n; i++) {
    int s = static_cast<int>(v);
    buf[i + 2] = static_cast<char>(s + '0');
    v -= s;
    v *= 10;
  }
  buf[1] = buf[2];
  buf[2] = '.';
  buf[n + 2] = 'e';
  buf[n + 3] = '+';
  if (e < 0) {
    e = -e;
    buf[n + 3] = '-';
  }
  buf[n + 4] = static_cast<char>(e / 100 + '0');
  buf[n + 5] = static_cast<char>(e / 10 % 10 + '0');
  buf[n + 6] = static_cast<char>(e % 10 + '0');
  gwrite(std::string_view(buf, sizeof buf));
}

}  // namespace gorun::runtime

using namespace gorun::runtime;

extern "C" {

void gorun_printbool(bool v) { printbool(v); }
void gorun_printint(int64_t v) { printint(v); }
void gorun_printuint(uint64_t v) { printuint(v); }
void gorun_printfloat(double v) { printfloat(v); }
void gorun_printcomplex(double re, double im) {
  printstring("(");
  printfloat(re);
  printfloat(im);
  printstring("i)");
}
void gorun_printstring(const GoString* s) {
  gwrite(std::string_view(reinterpret_cast<const char*>(s->ptr), s->len));
}
void gorun_printpointer(const void* p) { printpointer(p); }
void gorun_printslice(const GoSlice* s) {
  printstring("[");
  printint(s->len);
  printstring("/");
  printint(s->cap);
  printstring("]");
  printpointer(s->ptr);
}
void gorun_printeface(const GoEface* e) {
  printstring("(");
  printpointer(e->type);
  printstring(",");
  printpointer(e->data);
  printstring(")");
}
void gorun_printsp() { printstring(" "); }
void gorun_printnl() { printstring("\n"); }

}  // extern "C"
