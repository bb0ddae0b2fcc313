// Reading the REPL's lines: libedit (through its readline interface) on a
// terminal, plain reads from a pipe.
//
// Ctrl-C while editing: the REPL's SIGINT handler (repl.cpp) only sets a
// flag; the handler is installed without SA_RESTART, so the wait for a key
// fails with EINTR and readline returns null, which is told apart from the
// end of input by that flag. The line is then dropped, as in a shell.
//
// The program's output while a line is edited. Goroutines started at the
// prompt keep running while the REPL waits for a line; what they write to
// the terminal must not land in the middle of the prompt and the half-typed
// line. It appears above them instead, and libedit draws the prompt, the
// line and the cursor again below it, as a chat client does. The runtime
// sends the program's writes to fds 1 and 2 through terminalWrite
// (runtime/repl.h, setTerminalWriter), and libedit reads keys through
// readKey (rl_getc_function). Protocol, all under termMu:
//   1. The REPL thread holds termMu for the whole of readLine (libedit
//      drawing the prompt, handling keys) except while readKey waits in
//      poll() for a key, with keyWait set.
//   2. So a program write (terminalWrite, on a runtime thread) runs either
//      outside readLine, and goes straight out, or while readKey waits:
//      then the first such write erases the edited line (carriage return,
//      erase to end of line), and each write goes out and wakes readKey
//      through wakePipe.
//   3. readKey, awake and holding termMu again, sees lineErased: it ends a
//      last output line left without its newline and has libedit redraw
//      (rl_forced_update_display, EL_REFRESH: libedit then assumes the
//      cursor at the start of an empty line, which it is).
// Nothing is held back: each write reaches the terminal at once and in
// order, so nothing is lost when the program exits or crashes while a line
// is edited. (Buffering the writes until readKey runs would lose them on
// os.Exit or a fatal error, and would need a flush on every way out.)
// Known limits: a line longer than the terminal is wide is erased only on
// the row the cursor is on; while libedit asks "Display all N
// possibilities?" after a Tab, program writes wait for the answer.
#include "tools/repl.h"

#include "runtime/repl.h"

#include <cerrno>
#include <climits>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <cwchar>
#include <fcntl.h>
#include <iostream>
#include <mutex>
#include <poll.h>
#include <unistd.h>

#include <editline/readline.h>

namespace gorun::tools {

extern volatile std::sig_atomic_t sigintSeen;  // repl.cpp

namespace {

Completer gComplete = nullptr;
std::vector<std::string> gMatches;

char* matchGenerator(const char*, int state) {
  static size_t next;
  if (state == 0) next = 0;
  if (next >= gMatches.size()) return nullptr;
  return strdup(gMatches[next++].c_str());
}

char** attemptCompletion(const char* text, int start, int end) {
  rl_attempted_completion_over = 1;
  std::string before(rl_line_buffer, static_cast<size_t>(end));
  std::string word;
  gMatches = gComplete(before, &word);
  if (gMatches.empty()) return nullptr;
  // libedit may break words differently ("fmt.Pr" as one word): the
  // candidates replace `text`, so they keep what precedes `word` in it.
  std::string t(text);
  std::string prefix = t.size() >= word.size() ? t.substr(0, t.size() - word.size()) : "";
  for (auto& m : gMatches) m = prefix + m;
  rl_completion_append_character = '\0';
  return rl_completion_matches(text, matchGenerator);
}

// The program's output while a line is edited: see the file comment.
std::mutex termMu;               // held by the REPL thread in readLine, except in readKey's poll
bool keyWait = false;            // readKey is in poll() (termMu)
bool lineErased = false;         // output erased the line since libedit drew it (termMu)
bool outputEndsLine = true;      // the last output ended with a newline (termMu)
bool isTerminal[3];              // fds 1 and 2; set before the runtime starts
int wakePipe[2] = {-1, -1};      // terminalWrite -> readKey; non-blocking

// The runtime's writer for fds 1 and 2, on runtime threads.
void terminalWrite(int fd, const void* p, size_t n) {
  if (!isTerminal[fd] || n == 0) return runtime::repl::writeFd(fd, p, n);
  std::lock_guard<std::mutex> lock(termMu);
  if (keyWait) {
    if (!lineErased) runtime::repl::writeFd(STDOUT_FILENO, "\r\033[K", 4);
    lineErased = true;
    outputEndsLine = static_cast<const char*>(p)[n - 1] == '\n';
    char wake = 0;
    (void)!write(wakePipe[1], &wake, 1);  // a full pipe wakes readKey as well
  }
  runtime::repl::writeFd(fd, p, n);
}

// One character from stdin, once poll() says it is there, decoded as
// libedit's own reader does: -1 at the end of input or on an error, -2 for
// a byte that is no character in the locale's encoding (dropped).
int readChar() {
  std::mbstate_t st{};
  for (int len = 1;; len++) {
    char b;
    ssize_t r;
    do r = read(STDIN_FILENO, &b, 1);
    while (r < 0 && errno == EINTR && !sigintSeen);
    if (r <= 0) return -1;
    wchar_t wc;
    size_t k = std::mbrtowc(&wc, &b, 1, &st);
    if (k == static_cast<size_t>(-2) && len < MB_LEN_MAX) continue;  // more bytes to come
    if (k == static_cast<size_t>(-1) || k == static_cast<size_t>(-2)) return -2;
    return static_cast<int>(wc);
  }
}

// libedit's getc, with termMu held (readLine): redraws after program
// output, then waits for a key or for more output. -1 ends readline: the
// end of input, or Ctrl-C (sigintSeen).
int readKey(FILE*) {
  for (;;) {
    if (lineErased) {
      if (!outputEndsLine) runtime::repl::writeFd(STDOUT_FILENO, "\n", 1);
      lineErased = false;
      outputEndsLine = true;
      rl_forced_update_display();
    }
    std::fflush(rl_outstream);  // libedit's drawing, before writes bypass it
    if (sigintSeen) return -1;  // a Ctrl-C while termMu was being taken
    pollfd fds[2] = {{STDIN_FILENO, POLLIN, 0}, {wakePipe[0], POLLIN, 0}};
    keyWait = true;
    termMu.unlock();
    int r = poll(fds, 2, -1);
    termMu.lock();
    keyWait = false;
    if (r < 0) {
      if (errno == EINTR && !sigintSeen) continue;
      return -1;
    }
    if (fds[1].revents & POLLIN) {
      char drain[64];
      while (read(wakePipe[0], drain, sizeof drain) > 0) {
      }
    }
    if (fds[0].revents) {
      int c = readChar();
      if (c != -2) return c;
    }
  }
}

class TerminalEditor final : public LineEditor {
 public:
  explicit TerminalEditor(Completer c) {
    gComplete = c;
    rl_readline_name = const_cast<char*>("gorun");
    rl_attempted_completion_function = attemptCompletion;
    // Word breaks: a package member completes after "pkg.".
    rl_completer_word_break_characters = const_cast<char*>(" \t\n\"\\'`@$><=;|&{(,.)}[]+-*/%^!:");
    rl_catch_signals = 0;
    // Before using_history, which sets libedit up: readKey, and the
    // program's output through terminalWrite, before the runtime starts.
    rl_getc_function = readKey;
    isTerminal[STDOUT_FILENO] = true;  // the REPL edits only when it is
    isTerminal[STDERR_FILENO] = isatty(STDERR_FILENO);
    if (pipe2(wakePipe, O_NONBLOCK | O_CLOEXEC) != 0) {
      std::perror("gorun: pipe");
      std::exit(1);
    }
    runtime::repl::setTerminalWriter(terminalWrite);
    using_history();
    if (const char* home = std::getenv("HOME")) history_ = std::string(home) + "/.gorun_history";
    if (!history_.empty()) read_history(history_.c_str());
  }
  ~TerminalEditor() override {
    if (!history_.empty()) write_history(history_.c_str());
  }
  bool readLine(const char* prompt, std::string* line, bool* interrupted) override {
    *interrupted = false;
    sigintSeen = 0;
    char* s;
    {
      std::lock_guard<std::mutex> lock(termMu);  // see the file comment
      s = readline(prompt);
    }
    if (!s) {
      if (sigintSeen) {
        sigintSeen = 0;
        *interrupted = true;
        line->clear();
        std::fputs("^C\n", stdout);
        std::fflush(stdout);
        return true;
      }
      return false;
    }
    *line = s;
    std::free(s);
    return true;
  }
  void addHistory(const std::string& entry) override {
    if (entry.empty()) return;
    add_history(entry.c_str());
    if (!history_.empty()) write_history(history_.c_str());
  }

 private:
  std::string history_;
};

class PipeEditor final : public LineEditor {
 public:
  bool readLine(const char*, std::string* line, bool* interrupted) override {
    *interrupted = false;
    return static_cast<bool>(std::getline(std::cin, *line));
  }
  void addHistory(const std::string&) override {}
};

}  // namespace

std::unique_ptr<LineEditor> makeTerminalEditor(Completer complete) {
  return std::make_unique<TerminalEditor>(complete);
}
std::unique_ptr<LineEditor> makePipeEditor() { return std::make_unique<PipeEditor>(); }

}  // namespace gorun::tools
