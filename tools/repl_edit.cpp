// Reading the REPL's lines: libedit (its native interface, histedit.h) on a
// terminal, plain reads from a pipe.
//
// Native rather than libedit's readline emulation: the emulation updates
// rl_point and rl_line_buffer only around completion, so while a line is
// edited nothing says where the cursor is, and that is what erasing a line
// that wraps onto several rows needs (eraseEditedLine); el_line() says.
//
// Ctrl-C while editing: the REPL's SIGINT handler (repl.cpp) only sets a
// flag; the handler is installed without SA_RESTART, so the wait for a key
// fails with EINTR, readKey reports an error and el_gets returns null,
// which is told apart from the end of input by that flag. The line is then
// dropped, as in a shell.
//
// The program's output while a line is edited. Goroutines started at the
// prompt keep running while the REPL waits for a line; what they write to
// the terminal must not land in the middle of the prompt and the half-typed
// line. It appears above them instead, and libedit draws the prompt, the
// line and the cursor again below it, as a chat client does. The runtime
// sends the program's writes to fds 1 and 2 through terminalWrite
// (runtime/repl.h, setTerminalWriter), and libedit reads keys through
// readKey (EL_GETCFN). Protocol, all under termMu:
//   1. The REPL thread holds termMu for the whole of readLine (libedit
//      drawing the prompt, handling keys) except while readKey waits in
//      poll() for a key, with keyWait set.
//   2. So a program write (terminalWrite, on a runtime thread) runs either
//      outside readLine, and goes straight out, or while readKey waits:
//      then the first such write erases the prompt and the edited line,
//      every row they take when the line is longer than the terminal is
//      wide (eraseEditedLine: up to the first row, erase to the end of the
//      screen), and each write goes out and wakes readKey through
//      wakePipe.
//   3. readKey, awake and holding termMu again, sees lineErased: it ends a
//      last output line left without its newline and has libedit redraw
//      (EL_REFRESH: libedit then assumes the cursor at the start of an
//      empty line, which it is).
// Nothing is held back: each write reaches the terminal at once and in
// order, so nothing is lost when the program exits or crashes while a line
// is edited. (Buffering the writes until readKey runs would lose them on
// os.Exit or a fatal error, and would need a flush on every way out.)
// Known limit: while the REPL asks "Display all N possibilities?" after a
// Tab, program writes wait for the answer.
#include "tools/repl.h"

#include "runtime/repl.h"

#include <algorithm>
#include <cerrno>
#include <climits>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <cwchar>
#include <cwctype>
#include <fcntl.h>
#include <histedit.h>
#include <iostream>
#include <mutex>
#include <poll.h>
#include <string>
#include <string_view>
#include <unistd.h>

namespace gorun::tools {

extern volatile std::sig_atomic_t sigintSeen;  // repl.cpp

namespace {

// The program's output while a line is edited: see the file comment.
std::mutex termMu;               // held by the REPL thread in readLine, except in readKey's poll
bool keyWait = false;            // readKey is in poll() (termMu)
bool lineErased = false;         // output erased the line since libedit drew it (termMu)
bool outputEndsLine = true;      // the last output ended with a newline (termMu)
bool isTerminal[3];              // fds 1 and 2; set before the runtime starts
int wakePipe[2] = {-1, -1};      // terminalWrite -> readKey; non-blocking
EditLine* gEl = nullptr;         // the editor (one per process)
std::string gPrompt;             // the prompt of the line being edited (termMu)
volatile std::sig_atomic_t winchSeen = 0;  // the terminal was resized

// SIGWINCH, on any thread: readKey has libedit read the new size. (libedit
// reads it itself only when it starts on a line, since its own signal
// handling is off: SIGINT is the REPL's.)
void onWinch(int) {
  winchSeen = 1;
  char wake = 0;
  (void)!write(wakePipe[1], &wake, 1);
}

// The rows of the terminal that the prompt and the edited line take, up to
// the cursor, minus one: how far up the cursor is from the first. Follows
// how libedit lays characters out (refresh.c, chartype.c): rows of the
// width it knows the terminal has, a character that does not fit on a row
// starts the next, a tab advances to the next multiple of 8, a control
// character shows as ^X, one it cannot print as \U+XXXX, and a row filled
// to its last column moves the cursor to the next.
int cursorRow(std::string_view prompt, std::string_view line, int cols) {
  if (cols <= 0) return 0;
  int row = 0, col = 0;
  auto put = [&](int w) {
    if (col + w > cols) row++, col = 0;
    col += w;
    if (col >= cols) row++, col = 0;
  };
  auto layout = [&](std::string_view s) {
    std::mbstate_t st{};
    for (size_t i = 0; i < s.size();) {
      wchar_t wc;
      size_t k = std::mbrtowc(&wc, s.data() + i, s.size() - i, &st);
      if (k == 0 || k > s.size() - i) {  // not a character: libedit shows the byte's code
        wc = static_cast<unsigned char>(s[i]);
        k = 1;
        st = {};
      }
      i += k;
      if (wc == '\t') {
        do put(1);
        while (col % 8 != 0);
      } else if (wc < 0x20 || wc == 0x7f) {
        put(2);
      } else if (int w = std::iswprint(static_cast<wint_t>(wc)) ? wcwidth(wc) : -1; w >= 0) {
        put(w);
      } else {
        put(wc > 0xffff ? 8 : 7);
      }
    }
  };
  layout(prompt);
  layout(line);
  return row;
}

// Erases the prompt and the edited line, all their rows, leaving the cursor
// at the start of the first: the program's output goes there. libedit is
// not running (termMu), so its line is ours to read.
void eraseEditedLine() {
  int cols = 0;
  el_get(gEl, EL_GETTC, "co", &cols, nullptr);
  const LineInfo* li = el_line(gEl);
  auto beforeCursor = std::string_view(li->buffer, static_cast<size_t>(li->cursor - li->buffer));
  int up = cursorRow(gPrompt, beforeCursor, cols);
  std::string seq;
  if (up > 0) seq = "\033[" + std::to_string(up) + "A";
  seq += "\r\033[J";
  runtime::repl::writeFd(STDOUT_FILENO, seq.data(), seq.size());
}

// The runtime's writer for fds 1 and 2, on runtime threads.
void terminalWrite(int fd, const void* p, size_t n) {
  if (!isTerminal[fd] || n == 0) return runtime::repl::writeFd(fd, p, n);
  std::lock_guard<std::mutex> lock(termMu);
  if (keyWait) {
    if (!lineErased) eraseEditedLine();
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

// libedit's character reader (EL_GETCFN), with termMu held (readLine):
// redraws after program output, then waits for a key or for more output.
// Returns 1 with a key, 0 at the end of input, -1 on Ctrl-C (sigintSeen),
// which ends el_gets without a line.
int readKey(EditLine* el, wchar_t* key) {
  for (;;) {
    if (winchSeen) {
      winchSeen = 0;
      el_resize(el);
    }
    if (lineErased) {
      if (!outputEndsLine) runtime::repl::writeFd(STDOUT_FILENO, "\n", 1);
      lineErased = false;
      outputEndsLine = true;
      el_set(el, EL_REFRESH);
    }
    std::fflush(stdout);  // libedit's drawing, before writes bypass it
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
      if (c == -1) return sigintSeen ? -1 : 0;
      if (c == -2) continue;
      *key = static_cast<wchar_t>(c);
      return 1;
    }
  }
}

char* promptText(EditLine*) { return const_cast<char*>(gPrompt.c_str()); }

// --- Tab completion (EL_ADDFN "gorun-complete"), as readline's: the longest
// prefix the candidates share is inserted; if that adds nothing and there
// are several, they are listed below the line (after asking, if there are
// more than 100), which is then drawn again.

Completer gComplete = nullptr;

// "Display all N possibilities? (y or n)": y, Y or space say yes. Read
// directly, holding termMu: program writes wait for the answer.
bool confirmListing(size_t n) {
  std::printf("\nDisplay all %zu possibilities? (y or n) ", n);
  std::fflush(stdout);
  for (;;) {
    int c = readChar();
    if (c == 'y' || c == 'Y' || c == ' ') return true;
    if (c == 'n' || c == 'N' || c == '\x7f' || c == 3 || c == -1) return false;
  }
}

void listCandidates(const std::vector<std::string>& cands) {
  int cols = 0;
  el_get(gEl, EL_GETTC, "co", &cols, nullptr);
  size_t width = 0;
  for (auto& c : cands) width = std::max(width, c.size() + 2);
  size_t perRow = std::max<size_t>(1, static_cast<size_t>(std::max(cols, 1)) / width);
  size_t rows = (cands.size() + perRow - 1) / perRow;
  std::string out = "\n";
  for (size_t r = 0; r < rows; r++) {  // down the columns, as readline lists
    for (size_t k = r; k < cands.size(); k += rows) {
      out += cands[k];
      if (k + rows < cands.size()) out.append(width - cands[k].size(), ' ');
    }
    out += "\n";
  }
  std::fputs(out.c_str(), stdout);
}

unsigned char complete(EditLine* el, int) {
  const LineInfo* li = el_line(el);
  std::string before(li->buffer, static_cast<size_t>(li->cursor - li->buffer));
  std::string word;
  std::vector<std::string> cands = gComplete(before, &word);
  if (cands.empty()) return CC_REFRESH_BEEP;
  std::string common = cands[0];
  for (auto& c : cands) {
    size_t k = 0;
    while (k < common.size() && k < c.size() && common[k] == c[k]) k++;
    common.resize(k);
  }
  if (common.size() > word.size()) {
    el_insertstr(el, common.substr(word.size()).c_str());
    return CC_REFRESH;
  }
  if (cands.size() == 1) return CC_NORM;
  if (cands.size() > 100 && !confirmListing(cands.size())) {
    std::fputs("\n", stdout);
    return CC_REDISPLAY;
  }
  listCandidates(cands);
  return CC_REDISPLAY;
}

class TerminalEditor final : public LineEditor {
 public:
  explicit TerminalEditor(Completer c) {
    gComplete = c;
    // readKey, and the program's output through terminalWrite, before the
    // runtime starts.
    isTerminal[STDOUT_FILENO] = true;  // the REPL edits only when it is
    isTerminal[STDERR_FILENO] = isatty(STDERR_FILENO);
    if (pipe2(wakePipe, O_NONBLOCK | O_CLOEXEC) != 0) {
      std::perror("gorun: pipe");
      std::exit(1);
    }
    runtime::repl::setTerminalWriter(terminalWrite);
    gEl = el_init("gorun", stdin, stdout, stderr);
    hist_ = history_init();
    if (!gEl || !hist_) {
      std::fputs("gorun: cannot set up line editing\n", stderr);
      std::exit(1);
    }
    HistEvent ev;
    history(hist_, &ev, H_SETSIZE, 100000);
    el_set(gEl, EL_HIST, history, hist_);
    el_set(gEl, EL_EDITOR, "emacs");
    el_set(gEl, EL_SIGNAL, 0);  // SIGINT is the REPL's (repl.cpp)
    el_set(gEl, EL_PROMPT, promptText);
    el_set(gEl, EL_GETCFN, readKey);
    el_set(gEl, EL_ADDFN, "gorun-complete", "Complete a Go name", complete);
    // The bindings libedit's readline emulation adds to its emacs mode.
    static const char* const kBindings[][2] = {
        {"^I", "gorun-complete"},        {"^R", "em-inc-search-prev"},
        {"\\e[1~", "ed-move-to-beg"},    {"\\e[4~", "ed-move-to-end"},
        {"\\e[7~", "ed-move-to-beg"},    {"\\e[8~", "ed-move-to-end"},
        {"\\e[H", "ed-move-to-beg"},     {"\\e[F", "ed-move-to-end"},
        {"\\e[3~", "ed-delete-next-char"}, {"\\e[2~", "ed-quoted-insert"},
        {"\\e[1;5C", "em-next-word"},    {"\\e[1;5D", "ed-prev-word"},
        {"\\e[5C", "em-next-word"},      {"\\e[5D", "ed-prev-word"},
        {"\\e\\e[C", "em-next-word"},    {"\\e\\e[D", "ed-prev-word"},
    };
    for (auto& b : kBindings) el_set(gEl, EL_BIND, b[0], b[1], nullptr);
    el_source(gEl, nullptr);  // ~/.editrc
    struct sigaction sa {};
    sa.sa_handler = onWinch;
    sa.sa_flags = SA_RESTART;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGWINCH, &sa, nullptr);
    if (const char* home = std::getenv("HOME")) history_ = std::string(home) + "/.gorun_history";
    if (!history_.empty()) history(hist_, &ev, H_LOAD, history_.c_str());
  }
  ~TerminalEditor() override {
    HistEvent ev;
    if (!history_.empty()) history(hist_, &ev, H_SAVE, history_.c_str());
    el_end(gEl);
    gEl = nullptr;
    history_end(hist_);
  }
  bool readLine(const char* prompt, std::string* line, bool* interrupted) override {
    *interrupted = false;
    sigintSeen = 0;
    const char* s;
    int count = 0;
    {
      std::lock_guard<std::mutex> lock(termMu);  // see the file comment
      gPrompt = prompt;
      s = el_gets(gEl, &count);
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
    line->assign(s, static_cast<size_t>(count));
    if (!line->empty() && line->back() == '\n') line->pop_back();
    return true;
  }
  void addHistory(const std::string& entry) override {
    if (entry.empty()) return;
    HistEvent ev;
    history(hist_, &ev, H_ENTER, entry.c_str());
    if (!history_.empty()) history(hist_, &ev, H_SAVE, history_.c_str());
  }

 private:
  History* hist_ = nullptr;
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
