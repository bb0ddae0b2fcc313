// The runtime's side of the REPL (tools/repl.cpp): running one input at a
// time on a runtime that stays up between inputs.
//
// The REPL's own thread (line editing, compiling) is not a runtime thread.
// startRuntime() runs runtime::start() on a thread of its own, with
// goroutine 1 serving inputs: it waits (in a syscall state, so that its P
// runs other goroutines meanwhile) for the next input, and starts each on a
// new goroutine. run() hands an input over and blocks the REPL thread until
// the input's goroutine returns, panics, or is interrupted:
//   - An unrecovered panic, in the input or in any goroutine started at the
//     prompt, is printed as Go prints it and ends just that goroutine
//     (panic.cpp calls the hook installed here instead of exiting).
//   - interrupt() (Ctrl-C) requests preemption of the input's goroutine (or
//     cancels an input not yet started); at its next safepoint it ends (proc.cpp's gopreempt_m asks the hook). A
//     goroutine parked for good cannot reach a safepoint: it is abandoned
//     and the prompt returns anyway.
// Goroutines started by an input keep running after it returns.
#pragma once

#include "runtime/abi.h"

#include <cstddef>
#include <string>
#include <vector>

namespace gorun::runtime::repl {

// Starts the runtime (os.Args = args) on a new thread; returns at once.
// SIGINT stays with the calling thread.
void startRuntime(std::vector<std::string> args);

// Cancelled: interrupted before its goroutine started; nothing ran.
enum class Outcome { Returned, Panicked, Interrupted, Cancelled };

// Runs the entries in order on a new goroutine and waits for it. Called
// from the REPL's thread only, one input at a time. An interrupt() pending
// when it is called (a Ctrl-C while the input compiled) stops the input as
// soon as it can: before it starts, or at its first safepoint.
Outcome run(const std::vector<GoEntry>& entries);

// Async-signal-safe: asks the running input, or the next one, to stop
// (Ctrl-C). The request stays until clearInterrupt().
void interrupt();
bool interruptPending();
// Forgets a request (the REPL thread, when it starts on a new input).
void clearInterrupt();

// Sends the program's later writes to fds 1 and 2 (fmt, os.Stdout and
// os.Stderr, println, panic messages) through `w` rather than straight to
// write(2), so that the line editor can keep them off the line being
// edited. Called before startRuntime. `w` runs on runtime threads, several
// at once, and must not park; it writes with writeFd.
void setTerminalWriter(void (*w)(int fd, const void* p, size_t n));
// write(2) of all of p[:n], retrying partial writes; errors drop the rest.
void writeFd(int fd, const void* p, size_t n);

}  // namespace gorun::runtime::repl
