// The REPL on a pseudo-terminal (CTest repl/pty): what a pipe cannot
// show. Each step types keys and waits until the screen output contains an
// expected text: tab completion of a package member and of a name in
// scope, history (up arrow), Ctrl-C clearing the line at the prompt, Ctrl-C
// interrupting a running input, Ctrl-C cancelling an input that is still
// being compiled, the "..." continuation prompt, and output of a goroutine
// while a line is typed (above the prompt, which is drawn again with the
// partial line), also when that line wraps onto several rows.
//
//   usage: repl_pty_test path/to/gorun
#include <pty.h>

#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

int masterFd;
std::string screen;  // everything the REPL wrote since the last expect
std::string passed;  // what the last successful expect skipped and matched

bool expect(const std::string& want, int timeoutMs = 10000) {
  auto t0 = std::chrono::steady_clock::now();
  for (;;) {
    if (size_t at = screen.find(want); at != std::string::npos) {
      passed = screen.substr(0, at + want.size());
      screen.erase(0, at + want.size());
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

// Starts gorun on a new pseudo-terminal `cols` wide (0: unset), TERM=term.
pid_t startGorun(const char* gorun, const char* home, const char* term, unsigned short cols) {
  winsize ws{24, cols, 0, 0};
  screen.clear();
  pid_t pid = forkpty(&masterFd, nullptr, nullptr, cols ? &ws : nullptr);
  if (pid == 0) {
    setenv("HOME", home, 1);
    setenv("TERM", term, 1);
    execl(gorun, gorun, nullptr);
    _exit(127);
  }
  return pid;
}

// Ends the session: :quit, or a kill after a failure (gorun may hang).
void quit(pid_t pid, bool ok) {
  if (ok)
    type(":quit\r");
  else
    kill(pid, SIGKILL);
  int status = 0;
  waitpid(pid, &status, 0);
  close(masterFd);
}

// Everything but wrapped lines, on a terminal that cannot move the cursor
// up (TERM=dumb: libedit does not wrap lines there).
bool basics(const char* gorun, const char* home) {
  pid_t pid = startGorun(gorun, home, "dumb", 0);
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
  // Ctrl-C while an input compiles (net/http and what it imports: most of
  // a second) cancels it: it does not run, its declarations are dropped,
  // and the packages it imported are initialised before the next input.
  type("ran := 1; fmt.Println(\"ran\", http.StatusOK)\r");
  ok = ok && expect("http.StatusOK)\r\n");
  usleep(150 * 1000);
  type("\x03");
  ok = ok && expect("interrupted\r\n> ");
  if (ok && passed.find("ran 200") != std::string::npos) {
    std::fprintf(stderr, "FAIL: the cancelled input ran\n");
    ok = false;
  }
  type("ran\r");
  ok = ok && expect("undefined: ran");
  type("http.StatusOK\r");
  ok = ok && expect("200 // int");
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
  ok = ok && expect("\r\x1b[Jtick\r\n") && expect("tock\r\n> 4 + 2");
  type("0\r");
  ok = ok && expect("42 // int");
  quit(pid, ok);
  return ok;
}

// Output of a goroutine while a line that wraps is edited (TERM=xterm,
// 80 columns, then 20 while the line is typed): "> " and 38 characters
// take rows 0 and 1, and the cursor at the end is on row 2; 14 characters
// to the left it is on row 1. All rows are erased (up one row, erase to
// the end of the screen), the output goes there, and the line and the
// cursor come back.
bool wrapped(const char* gorun, const char* home) {
  pid_t pid = startGorun(gorun, home, "xterm", 80);
  bool ok = expect("> ");
  type("func tick() { time.Sleep(time.Second); fmt.Println(\"tick\"); print(\"tock\") }\r");
  ok = ok && expect("> ");
  type("go tick()\r");
  ok = ok && expect("> ");
  type("xs := ");
  winsize ws{24, 20, 0, 0};
  ioctl(masterFd, TIOCSWINSZ, &ws);  // SIGWINCH: the editor takes the new width
  type("[]int{10, 20, 30, 40, 50, 60, 7}");
  for (int i = 0; i < 14; i++) type("\x1b[D");
  ok = ok && expect("\x1b[1A\r\x1b[Jtick\r\n") && expect("tock\r\n> xs := []int{10");
  type("5\r");
  ok = ok && expect("> ");
  type("xs\r");
  ok = ok && expect("[]int{10, 20, 30, 540, 50, 60, 7} // []int");
  quit(pid, ok);
  return ok;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) return 2;
  char home[] = "/tmp/gorun-pty-XXXXXX";
  if (!mkdtemp(home)) return 2;
  bool ok = basics(argv[1], home);
  // The history file was written.
  std::string hist = std::string(home) + "/.gorun_history";
  if (access(hist.c_str(), R_OK) != 0) {
    std::fprintf(stderr, "FAIL: no %s\n", hist.c_str());
    ok = false;
  }
  ok = wrapped(argv[1], home) && ok;
  std::remove(hist.c_str());
  rmdir(home);
  if (ok) std::puts("ok");
  return ok ? 0 : 1;
}
