// The REPL on a pseudo-terminal (CTest repl/pty): what a pipe cannot
// show. Each step types keys and waits until the screen output contains an
// expected text: tab completion of a package member and of a name in
// scope, history (up arrow), Ctrl-C clearing the line at the prompt, Ctrl-C
// interrupting a running input, the "..." continuation prompt, and output
// of a goroutine while a line is typed (above the prompt, which is drawn
// again with the partial line).
//
//   usage: repl_pty_test path/to/gorun
#include <pty.h>

#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <sys/wait.h>
#include <unistd.h>

namespace {

int masterFd;
std::string screen;  // everything the REPL wrote since the last expect

bool expect(const std::string& want, int timeoutMs = 10000) {
  auto t0 = std::chrono::steady_clock::now();
  for (;;) {
    if (screen.find(want) != std::string::npos) {
      screen.erase(0, screen.find(want) + want.size());
      return true;
    }
    auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - t0).count();
    if (ms > timeoutMs) {
      std::fprintf(stderr, "FAIL: expected %s\nscreen:\n%s\n", want.c_str(), screen.c_str());
      return false;
    }
    fd_set fds;
    FD_ZERO(&fds);
    FD_SET(masterFd, &fds);
    timeval tv{0, 50000};
    if (select(masterFd + 1, &fds, nullptr, nullptr, &tv) > 0) {
      char buf[4096];
      ssize_t n = read(masterFd, buf, sizeof buf);
      if (n <= 0) {
        std::fprintf(stderr, "FAIL: gorun exited; expected %s\nscreen:\n%s\n", want.c_str(), screen.c_str());
        return false;
      }
      screen.append(buf, size_t(n));
    }
  }
}

void type(const std::string& keys) {
  for (char c : keys) {
    if (write(masterFd, &c, 1) != 1) return;
    usleep(2000);
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) return 2;
  char home[] = "/tmp/gorun-pty-XXXXXX";
  if (!mkdtemp(home)) return 2;
  pid_t pid = forkpty(&masterFd, nullptr, nullptr, nullptr);
  if (pid == 0) {
    setenv("HOME", home, 1);
    setenv("TERM", "dumb", 1);
    execl(argv[1], argv[1], nullptr);
    _exit(127);
  }
  bool ok = expect("> ");
  // Completion of a package member after "pkg.": Printl -> Println.
  type("fmt.Printl\t(\"done\", 1+1)\r");
  ok = ok && expect("done 2");
  // A name in scope completes too.
  type("longVariableName := 7\r");
  ok = ok && expect("> ");
  type("longVar\t\r");
  ok = ok && expect("7 // int");
  // History: up arrow recalls the previous input.
  type("\x1b[A\r");
  ok = ok && expect("7 // int");
  // Ctrl-C at the prompt clears the line.
  type("garbage that is not Go");
  type("\x03");
  ok = ok && expect("> ");
  type("40 + 2\r");
  ok = ok && expect("42 // int");
  // Continuation prompt.
  type("func add(a, b int) int {\r");
  ok = ok && expect("... ");
  type("return a + b }\r");
  ok = ok && expect("> ");
  type("add(1, 2)\r");
  ok = ok && expect("3 // int");
  // Ctrl-C interrupts a running input; earlier state stays. (Once it runs:
  // a Ctrl-C while the input still compiles is not for it.)
  type("fmt.Println(\"looping\"); for { time.Sleep(time.Millisecond) }\r");
  ok = ok && expect("looping\r\n");
  type("\x03");
  ok = ok && expect("interrupted");
  type("longVariableName\r");
  ok = ok && expect("7 // int");
  // A goroutine writes while a line is typed: the line is erased
  // ("\r\033[K"), the output (stdout and stderr; "\n" reaches the screen as
  // "\r\n") takes lines of its own, one left unterminated is ended, and the
  // prompt and the partial line are drawn again. The cursor stays where it
  // was: "0" typed after the redraw lands after the "4".
  type("func tick() {\r");
  ok = ok && expect("... ");
  type("time.Sleep(time.Second); fmt.Println(\"tick\"); print(\"tock\") }\r");
  ok = ok && expect("> ");
  type("go tick()\r");
  ok = ok && expect("go tick()\r\n") && expect("> ");
  type("4 + 2\x1b[D\x1b[D\x1b[D\x1b[D");
  ok = ok && expect("\r\x1b[Ktick\r\n") && expect("tock\r\n> 4 + 2");
  type("0\r");
  ok = ok && expect("42 // int");
  type(":quit\r");
  int status = 0;
  waitpid(pid, &status, 0);
  // The history file was written.
  std::string hist = std::string(home) + "/.gorun_history";
  if (access(hist.c_str(), R_OK) != 0) {
    std::fprintf(stderr, "FAIL: no %s\n", hist.c_str());
    ok = false;
  }
  std::remove(hist.c_str());
  rmdir(home);
  if (ok) std::puts("ok");
  return ok ? 0 : 1;
}
