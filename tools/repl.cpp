// The REPL: read an input, compile it as a module of its own, run it once.
//
// Each input goes through frontend::ReplFrontend (frontend/repl.h: a new
// package of main per input, seeing every earlier name), then the JIT
// session (addPackage: one module and ResourceTracker per package, the
// standard packages the input imports for the first time before it), then
// runtime::repl::run (runtime/repl.h: the input's init on a goroutine of its
// own; a panic ends only that goroutine). Nothing that ran before is run
// again. An input is committed (its names visible to later inputs) once it
// has run. A Ctrl-C while an input is checked or compiled cancels it
// (runtime::repl's interrupt request stays pending until the next input):
// its module is removed and its names dropped, and the standard packages
// compiled for it are initialised before the next input that runs.
//
// On a terminal, lines are edited with libedit (repl_edit.cpp), and what
// goroutines write meanwhile appears above the prompt and the line being
// edited; from a pipe they are read plainly, no prompt is printed and
// output goes straight out, so sessions can be scripted and tested
// (testdata/repl).
//
// An input is complete when its brackets balance, no raw string or block
// comment is open, and its last token is not a binary operator, a comma or
// a dot; otherwise the next line continues it ("..." prompt).
#include "tools/repl.h"

#include "frontend/repl.h"
#include "runtime/repl.h"

#include <llvm/Support/Error.h>

#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>
#include <unistd.h>

namespace gorun::tools {

volatile std::sig_atomic_t sigintSeen = 0;

namespace {

const char kHelp[] =
    "Enter Go declarations, statements or expressions; an expression prints\n"
    "its value and type. Declarations persist; a new definition replaces an\n"
    "old one for later inputs. Packages are imported on first use.\n"
    "\n"
    ":help            this message\n"
    ":quit            leave (or Ctrl-D)\n"
    ":reset           forget every declaration and import\n"
    ":type <expr>     the type of an expression\n"
    ":decls           what is defined\n"
    ":load <file>     load a Go file's declarations\n"
    ":time <stmt>     run an input and print its wall time\n";

void onSigint(int) {
  sigintSeen = 1;
  runtime::repl::interrupt();
}

// Is `src` a complete input? See the file comment.
bool inputComplete(const std::string& src) {
  int depth = 0;
  std::string last;  // last significant token (operators: their text)
  size_t i = 0, n = src.size();
  while (i < n) {
    char c = src[i];
    if (c == '/' && i + 1 < n && src[i + 1] == '/') {
      while (i < n && src[i] != '\n') i++;
      continue;
    }
    if (c == '/' && i + 1 < n && src[i + 1] == '*') {
      size_t e = src.find("*/", i + 2);
      if (e == std::string::npos) return false;
      i = e + 2;
      continue;
    }
    if (c == '`') {
      size_t e = src.find('`', i + 1);
      if (e == std::string::npos) return false;
      i = e + 1;
      last = "lit";
      continue;
    }
    if (c == '"' || c == '\'') {
      for (i++; i < n && src[i] != c && src[i] != '\n'; i++)
        if (src[i] == '\\') i++;
      i++;
      last = "lit";
      continue;
    }
    if (c == '\n') {
      // A newline after an operator continues the statement; after
      // anything else the checker decides.
      i++;
      continue;
    }
    if (std::isspace(static_cast<unsigned char>(c))) {
      i++;
      continue;
    }
    if (c == '(' || c == '[' || c == '{') depth++;
    if (c == ')' || c == ']' || c == '}') depth--;
    if (std::isalnum(static_cast<unsigned char>(c)) || c == '_' || (c & 0x80)) {
      while (i < n && (std::isalnum(static_cast<unsigned char>(src[i])) || src[i] == '_' || (src[i] & 0x80))) i++;
      last = "id";
      continue;
    }
    // Operators: collect the run of punctuation as one token.
    size_t b = i;
    while (i < n && std::strchr("+-*/%&|^<>=!:.,;", src[i]) && !(src[i] == '/' && i + 1 < n && (src[i + 1] == '/' || src[i + 1] == '*')))
      i++;
    if (i == b) i++;
    last = src.substr(b, i - b);
  }
  if (depth > 0) return false;
  if (last.empty() || last == "id" || last == "lit") return true;
  if (last == "++" || last == "--" || last == ")" || last == "]" || last == "}" || last == ";" || last == "...")
    return true;
  return false;  // + - * / , . && || = := ...
}

std::string trim(const std::string& s) {
  size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return "";
  size_t e = s.find_last_not_of(" \t\r\n");
  return s.substr(b, e - b + 1);
}

double msSince(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

class Repl {
 public:
  Repl(std::unique_ptr<jit::Session> session)
      : session_(std::move(session)), fe_(GORUN_STDLIB_DIR) {
    stats_ = std::getenv("GORUN_REPL_STATS") != nullptr;
  }

  // Compiles and runs one complete input (`filename`: see
  // ReplFrontend::check). Returns false on a compile error. A Ctrl-C while
  // the input is checked or compiled cancels it: nothing of it runs and
  // its declarations are dropped, as if it had not been entered.
  bool execute(const std::string& src, bool timeIt = false, const std::string& filename = "") {
    auto t0 = std::chrono::steady_clock::now();
    runtime::repl::clearInterrupt();  // a Ctrl-C at the prompt was for the line
    frontend::ReplInput in = fe_.check(src, filename);
    double tCheck = msSince(t0);
    if (!in.pkg) {
      for (auto& e : in.errors) err(e);
      return false;
    }
    auto t1 = std::chrono::steady_clock::now();
    using runtime::repl::Outcome;
    // The standard packages this input imports first, initialised before
    // it (or before the next input that runs, if this one is cancelled:
    // each is compiled for good; a Ctrl-C stops before the next one).
    for (auto* pkg : fe_.pendingPackages(in.pkg)) {
      if (runtime::repl::interruptPending()) return cancel(in, false);
      auto entry = session_->addPackage(fe_.types(), pkg);
      if (!entry) {
        fe_.discard(in);
        err(llvm::toString(entry.takeError()));
        return false;
      }
      fe_.markCompiled(pkg);
      pendingInits_.push_back(*entry);
    }
    if (runtime::repl::interruptPending()) return cancel(in, false);
    auto entry = session_->addPackage(fe_.types(), in.pkg);
    if (!entry) {
      fe_.discard(in);
      err(llvm::toString(entry.takeError()));
      return false;
    }
    double tJit = msSince(t1);
    auto t2 = std::chrono::steady_clock::now();
    std::fflush(stdout);
    std::vector<runtime::GoEntry> entries = pendingInits_;
    entries.push_back(*entry);
    Outcome o = runtime::repl::interruptPending() ? Outcome::Cancelled : runtime::repl::run(entries);
    if (o == Outcome::Cancelled) return cancel(in, true);
    double tRun = msSince(t2);
    pendingInits_.clear();
    fe_.commit(in);
    if (o == Outcome::Interrupted) err("interrupted");
    if (timeIt) err(fmtMs("time: ", msSince(t0)));
    if (stats_)
      err(fmtMs("[check ", tCheck) + fmtMs(" ms, jit ", tJit) + fmtMs(" ms, run ", tRun) +
          fmtMs(" ms, total ", msSince(t0)) + " ms]");
    return true;
  }

  // An input interrupted before it ran: forgotten, with its module if it
  // was compiled.
  bool cancel(const frontend::ReplInput& in, bool compiled) {
    fe_.discard(in);
    if (compiled)
      if (llvm::Error e = session_->removeLastPackage()) err(llvm::toString(std::move(e)));
    err("interrupted");
    return true;
  }

  // A line starting with ':'. Returns false for :quit.
  bool command(const std::string& line) {
    std::string cmd = line, arg;
    if (size_t sp = line.find_first_of(" \t"); sp != std::string::npos) {
      cmd = line.substr(0, sp);
      arg = trim(line.substr(sp));
    }
    if (cmd == ":quit" || cmd == ":q") return false;
    if (cmd == ":help" || cmd == ":h") {
      out(kHelp);
    } else if (cmd == ":reset") {
      fe_.reset();
    } else if (cmd == ":type" || cmd == ":t") {
      std::vector<std::string> errors;
      std::string t = fe_.typeOf(arg, &errors);
      for (auto& e : errors) err(e);
      if (!t.empty()) out(t + "\n");
    } else if (cmd == ":decls") {
      for (auto& d : fe_.decls()) out(d + "\n");
    } else if (cmd == ":load") {
      load(arg);
    } else if (cmd == ":time") {
      execute(arg, true);
    } else {
      err("unknown command " + cmd + " (:help lists them)");
    }
    return true;
  }

  // :load and -i: a Go file's declarations, its package clause blanked out
  // (so that line numbers stay those of the file).
  bool load(const std::string& path) {
    std::ifstream f(path, std::ios::binary);
    if (!f) {
      err("cannot open " + path + ": " + std::strerror(errno));
      return false;
    }
    std::stringstream ss;
    ss << f.rdbuf();
    std::string src = ss.str();
    size_t p = src.find("package ");
    if (p != std::string::npos) {
      size_t e = src.find_first_of(";\n", p);
      if (e == std::string::npos) e = src.size();
      for (size_t k = p; k < e; k++) src[k] = ' ';
    }
    return execute(src, false, path);
  }

  std::vector<std::string> complete(const std::string& before, std::string* word) {
    size_t b = before.size();
    while (b > 0 && (std::isalnum(static_cast<unsigned char>(before[b - 1])) || before[b - 1] == '_')) b--;
    *word = before.substr(b);
    std::vector<std::string> cands;
    if (b > 0 && before[b - 1] == '.') {
      size_t q = b - 1;
      while (q > 0 && (std::isalnum(static_cast<unsigned char>(before[q - 1])) || before[q - 1] == '_')) q--;
      cands = fe_.packageMembers(before.substr(q, b - 1 - q));
    } else if (b == 0 && !before.empty() && before[0] == ':') {
      cands = {":help", ":quit", ":reset", ":type", ":decls", ":load", ":time"};
    } else {
      cands = fe_.names();
    }
    std::vector<std::string> out;
    for (auto& c : cands)
      if (c.compare(0, word->size(), *word) == 0 && c.rfind("__gorun", 0) != 0) out.push_back(c);
    return out;
  }

  void out(const std::string& s) {
    std::fputs(s.c_str(), stdout);
    std::fflush(stdout);
  }
  void err(const std::string& s) {
    std::fflush(stdout);
    std::fputs((s + "\n").c_str(), stderr);
    std::fflush(stderr);
  }

 private:
  static std::string fmtMs(const char* pre, double ms) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%s%.2f", pre, ms);
    std::string s = buf;
    if (std::strncmp(pre, "time", 4) == 0) s += "ms";
    return s;
  }

  std::unique_ptr<jit::Session> session_;
  frontend::ReplFrontend fe_;
  std::vector<runtime::GoEntry> pendingInits_;  // compiled packages not yet initialised
  bool stats_ = false;
};

Repl* gRepl = nullptr;

std::vector<std::string> completeHook(const std::string& before, std::string* word) {
  return gRepl ? gRepl->complete(before, word) : std::vector<std::string>{};
}

}  // namespace

int runRepl(const jit::Options& opts, const std::string& loadFile) {
  bool tty = isatty(0) && isatty(1);
  auto session = jit::Session::create(opts);
  if (!session) {
    std::fprintf(stderr, "gorun: %s\n", llvm::toString(session.takeError()).c_str());
    return 1;
  }
  // The terminal editor first: it routes the program's output
  // (repl_edit.cpp), which must be in place before the runtime starts.
  std::unique_ptr<LineEditor> ed = tty ? makeTerminalEditor(completeHook) : makePipeEditor();
  runtime::repl::startRuntime({"gorun"});
  // No SA_RESTART: a read in progress fails with EINTR (repl_edit.cpp).
  struct sigaction sa {};
  sa.sa_handler = onSigint;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGINT, &sa, nullptr);

  Repl repl(std::move(*session));
  gRepl = &repl;
  if (!loadFile.empty() && !repl.load(loadFile) && !tty) return 1;
  std::string input;
  std::string line;
  bool interrupted = false;
  for (;;) {
    const char* prompt = !tty ? "" : input.empty() ? "> " : "... ";
    if (!ed->readLine(prompt, &line, &interrupted)) break;
    if (interrupted) {
      input.clear();
      continue;
    }
    if (input.empty()) {
      std::string t = trim(line);
      if (t.empty()) continue;
      if (t[0] == ':') {
        ed->addHistory(t);
        if (!repl.command(t)) break;
        continue;
      }
      input = line;
    } else {
      input += "\n" + line;
    }
    if (!inputComplete(input)) continue;
    ed->addHistory(input);
    repl.execute(input);
    input.clear();
  }
  if (!input.empty() && !trim(input).empty()) repl.execute(input);  // incomplete at EOF
  if (tty) std::fputs("\n", stdout);
  ed.reset();  // saves the history
  std::fflush(nullptr);
  _exit(0);
}

}  // namespace gorun::tools
