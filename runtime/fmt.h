// The native engine behind package fmt (stdlib/fmt/print.go): Go's
// fmt.Sprint, Sprintln and Sprintf over interface values, walking each
// value through its GoType descriptor where Go's fmt uses reflect.
#pragma once

#include "runtime/type.h"

#include <cstddef>
#include <string>
#include <string_view>

namespace gorun::runtime::gofmt {

std::string sprint(const GoEface* a, size_t n);
std::string sprintln(const GoEface* a, size_t n);
std::string sprintf(std::string_view format, const GoEface* a, size_t n);

}  // namespace gorun::runtime::gofmt
