// Go 1.19's size classes (runtime/sizeclasses.go), used now by roundupsize
// so that append's capacities match Go's exactly, and later by the
// allocator's spans. Generated from Go's table: do not edit by hand.
#pragma once

#include <cstdint>

namespace gorun::runtime {

inline constexpr uintptr_t MaxSmallSize = 32768;
inline constexpr uintptr_t SmallSizeDiv = 8;
inline constexpr uintptr_t SmallSizeMax = 1024;
inline constexpr uintptr_t LargeSizeDiv = 128;
inline constexpr int NumSizeClasses = 68;
inline constexpr uintptr_t PageShift = 13;
inline constexpr uintptr_t PageSize = uintptr_t(1) << PageShift;

inline constexpr uint16_t class_to_size[NumSizeClasses] = {0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320, 352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792, 2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728, 10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768};
inline constexpr uint8_t size_to_class8[SmallSizeMax / SmallSizeDiv + 1] = {0, 1, 2, 3, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13, 14, 14, 15, 15, 16, 16, 17, 17, 18, 18, 19, 19, 19, 19, 20, 20, 20, 20, 21, 21, 21, 21, 22, 22, 22, 22, 23, 23, 23, 23, 24, 24, 24, 24, 25, 25, 25, 25, 26, 26, 26, 26, 27, 27, 27, 27, 27, 27, 27, 27, 28, 28, 28, 28, 28, 28, 28, 28, 29, 29, 29, 29, 29, 29, 29, 29, 30, 30, 30, 30, 30, 30, 30, 30, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32};
inline constexpr uint8_t size_to_class128[(MaxSmallSize - SmallSizeMax) / LargeSizeDiv + 1] = {32, 33, 34, 35, 36, 37, 37, 38, 38, 39, 39, 40, 40, 40, 41, 41, 41, 42, 43, 43, 44, 44, 44, 44, 44, 45, 45, 45, 45, 45, 45, 46, 46, 46, 46, 47, 47, 47, 47, 47, 47, 48, 48, 48, 49, 49, 50, 51, 51, 51, 51, 51, 51, 51, 51, 51, 51, 52, 52, 52, 52, 52, 52, 52, 52, 52, 52, 53, 53, 54, 54, 54, 54, 55, 55, 55, 55, 55, 56, 56, 56, 56, 56, 56, 56, 56, 56, 56, 56, 57, 57, 57, 57, 57, 57, 57, 57, 57, 57, 58, 58, 58, 58, 58, 58, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 61, 61, 61, 61, 61, 62, 62, 62, 62, 62, 62, 62, 62, 62, 62, 62, 63, 63, 63, 63, 63, 63, 63, 63, 63, 63, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 66, 66, 66, 66, 66, 66, 66, 66, 66, 66, 66, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67};

// The size of the memory block mallocgc would allocate for `size` bytes
// (Go's roundupsize in msize.go).
inline uintptr_t roundupsize(uintptr_t size) {
  auto divRoundUp = [](uintptr_t n, uintptr_t a) { return (n + a - 1) / a; };
  if (size < MaxSmallSize) {
    if (size <= SmallSizeMax - 8)
      return class_to_size[size_to_class8[divRoundUp(size, SmallSizeDiv)]];
    return class_to_size[size_to_class128[divRoundUp(size - SmallSizeMax, LargeSizeDiv)]];
  }
  if (size + PageSize < size) return size;
  return (size + PageSize - 1) & ~(PageSize - 1);
}

}  // namespace gorun::runtime
