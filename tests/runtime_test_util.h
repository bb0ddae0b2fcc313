// Runs a piece of the runtime that ends the process (a panic, a throw,
// start()) in a forked child, capturing its stdout, stderr and exit status.
#pragma once

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <functional>
#include <string>

namespace gorun::testutil {

struct ChildResult {
  int status = -1;  // exit status, or 128+signal if killed
  std::string out, err;
};

inline std::string readAll(int fd) {
  std::string s;
  char buf[4096];
  for (;;) {
    ssize_t n = read(fd, buf, sizeof buf);
    if (n <= 0) break;
    s.append(buf, static_cast<size_t>(n));
  }
  return s;
}

inline ChildResult runChild(const std::function<void()>& body) {
  int out[2], err[2];
  if (pipe(out) != 0 || pipe(err) != 0) return {};
  // The child exits through the runtime (exit(3) flushes stdio): buffered
  // output of the test runner itself must not be written twice.
  std::fflush(stdout);
  std::fflush(stderr);
  pid_t pid = fork();
  if (pid == 0) {
    dup2(out[1], 1);
    dup2(err[1], 2);
    close(out[0]);
    close(err[0]);
    body();
    _exit(0);
  }
  close(out[1]);
  close(err[1]);
  ChildResult r;
  // Drain stderr fully first would deadlock only if stdout filled the pipe
  // (64 KiB); the tests print far less.
  r.err = readAll(err[0]);
  r.out = readAll(out[0]);
  close(out[0]);
  close(err[0]);
  int st = 0;
  waitpid(pid, &st, 0);
  r.status = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
  return r;
}

}  // namespace gorun::testutil
