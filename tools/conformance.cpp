// conformance: runs one testdata/ program and checks it against its
// expectations, as Go's test/run.go does for Go's own test/ directory.
//
//   conformance --gorun PATH [options] FILE.go   check gorun
//   conformance --go PATH [options] FILE.go      check the golden files
//                                                against the Go toolchain
//
// Line 1 of FILE.go is a directive:
//
//   // run         The program's stdout must equal FILE.out byte for byte
//                  (no FILE.out: empty stdout) and its exit status must be
//                  the one of an `// exit N` line before the package clause
//                  (default 0). Stdin is /dev/null. Stderr is not compared,
//                  but each `// stderr "regex"` line before the package
//                  clause must match somewhere in it (panic messages).
//                  A program whose output varies from run to run (timing,
//                  interleaving, random numbers) has `// stdout "regex"`
//                  lines instead of FILE.out: each regex must match some
//                  line of stdout, and with a count, `// stdout N "regex"`,
//                  exactly N lines (every task completed exactly once).
//   // errorcheck  Compiling must fail (exit status 1). Every diagnostic
//                  `file.go:LINE:COL: msg` must match an `// ERROR "regex"`
//                  on LINE, and every ERROR regex must match a diagnostic.
//                  `"a" "b"` after ERROR are two expected diagnostics. The
//                  text between the quotes is the regex itself (no
//                  unescaping), searched for in msg: ECMAScript syntax, the
//                  common subset of RE2 and std::regex. A final "too many
//                  errors" line is exempt. An error of the whole program
//                  without a position (Go's linker: "function main is
//                  undeclared in the main package") belongs to the line of
//                  the package clause.
//   // skip        Not run (exit status 77, which CTest reports as skipped).
//
// A `// run` file may also have, before the package clause:
//
//   // server F.go  A fixture: before the program, the runner starts F.go
//                  (relative to the file's directory; gorun runs it, or
//                  with --go it is built with `go build` too) as a process
//                  of its own, and waits for the first line of its stdout,
//                  which must be the address it listens on (e.g.
//                  "127.0.0.1:41234"). The program gets that line as its
//                  argument (os.Args[1]). When the program has finished the
//                  server's process group is killed. The server prints
//                  nothing else on stdout; its stderr is the runner's. Keep
//                  fixtures in a `fixtures/` directory: conformance.cmake
//                  does not make tests of them.
//
// With --go, a `// run` program is built with `go build` and its binary run
// (so that its exit status is the program's own, not `go run`'s 1); an
// `// errorcheck` program must be rejected by `go build` on the marked
// lines. A file whose line 2 is `// go1.22` needs Go 1.22 semantics and is
// skipped when the installed Go is older.
//
// GORUN_UPDATE_GOLDEN=1 (with --gorun) or --update rewrites FILE.out from
// the stdout of a `// run` program instead of comparing (empty stdout
// removes FILE.out); errorcheck files are never touched. The exit status is
// still checked. `--go PATH --update` writes the goldens from real Go.
//
// CONFORMANCE_RUN_ONLY=1 in the environment (set by CTest for the
// GOMAXPROCS=1 variant) skips anything but `// run` files.
//
// Exit status: 0 pass, 1 fail, 77 skip, 2 usage error.
//
// Deliberately free of LLVM and of anything beyond C++20 and POSIX: it must
// build in seconds and judge gorun from the outside.

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <optional>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

constexpr int kPass = 0;
constexpr int kFail = 1;
constexpr int kUsage = 2;
constexpr int kSkip = 77;

// ---------------------------------------------------------------------------
// Running a child process.

struct RunResult {
  std::string out;
  std::string err;
  int status = -1;       // exit status when exited normally
  int signal = 0;        // terminating signal, if any
  bool timedOut = false;
  bool execFailed = false;

  std::string describe() const {
    if (timedOut) return "timed out";
    if (execFailed) return "could not be started";
    if (signal) return "killed by signal " + std::to_string(signal) + " (" + strsignal(signal) + ")";
    return "exit status " + std::to_string(status);
  }
};

// In a forked child: leads its own process group, stdin from /dev/null,
// stdout and stderr to out and err, runs argv in dir with env added.
[[noreturn]] void execChild(const std::vector<std::string>& argv, const fs::path& dir, int out,
                            int err, const std::vector<std::pair<std::string, std::string>>& env) {
  setpgid(0, 0);
  int devnull = open("/dev/null", O_RDONLY);
  if (devnull < 0 || dup2(devnull, 0) < 0 || dup2(out, 1) < 0 || (err != 2 && dup2(err, 2) < 0))
    _exit(127);
  if (!dir.empty() && chdir(dir.c_str()) != 0) _exit(127);
  for (const auto& [k, v] : env) setenv(k.c_str(), v.c_str(), 1);
  std::vector<char*> args;
  for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  execvp(args[0], args.data());
  std::fprintf(stderr, "conformance: cannot execute %s: %s\n", args[0], std::strerror(errno));
  _exit(127);
}

// Runs argv in dir with stdin from /dev/null, collecting stdout and stderr.
// The child leads its own process group so that a timeout kills everything
// it started.
RunResult run(const std::vector<std::string>& argv, const fs::path& dir, int timeoutSec,
              const std::vector<std::pair<std::string, std::string>>& env = {}) {
  RunResult r;
  int outPipe[2], errPipe[2];
  if (pipe2(outPipe, O_CLOEXEC) != 0 || pipe2(errPipe, O_CLOEXEC) != 0) {
    std::perror("conformance: pipe");
    std::exit(kUsage);
  }
  pid_t pid = fork();
  if (pid < 0) {
    std::perror("conformance: fork");
    std::exit(kUsage);
  }
  if (pid == 0) execChild(argv, dir, outPipe[1], errPipe[1], env);
  setpgid(pid, pid);  // also here: no race with the child's own call
  close(outPipe[1]);
  close(errPipe[1]);

  using Clock = std::chrono::steady_clock;
  auto deadline = Clock::now() + std::chrono::seconds(timeoutSec);
  pollfd fds[2] = {{outPipe[0], POLLIN, 0}, {errPipe[0], POLLIN, 0}};
  std::string* sinks[2] = {&r.out, &r.err};
  int openFds = 2;
  char buf[65536];
  bool quitSent = false;
  while (openFds > 0) {
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
    if (left <= 0 && !quitSent) {
      // A hang: SIGQUIT makes gorun (and Go) print every goroutine's
      // stack before dying; collect it for two more seconds.
      kill(pid, SIGQUIT);
      quitSent = true;
      deadline = Clock::now() + std::chrono::seconds(2);
      continue;
    }
    if (left <= 0) {
      r.timedOut = true;
      break;
    }
    int n = poll(fds, 2, static_cast<int>(std::min<long long>(left, 1000)));
    if (n < 0 && errno != EINTR) break;
    for (int i = 0; i < 2; i++) {
      if (fds[i].fd < 0 || !(fds[i].revents & (POLLIN | POLLHUP | POLLERR))) continue;
      ssize_t got = read(fds[i].fd, buf, sizeof buf);
      if (got > 0) {
        sinks[i]->append(buf, static_cast<size_t>(got));
      } else if (got == 0 || errno != EINTR) {
        close(fds[i].fd);
        fds[i].fd = -1;
        openFds--;
      }
    }
  }
  r.timedOut = r.timedOut || quitSent;
  if (r.timedOut) kill(-pid, SIGKILL);
  for (auto& f : fds)
    if (f.fd >= 0) close(f.fd);
  int ws = 0;
  // The child has closed its pipes but may still be exiting: wait for it,
  // still bounded by the deadline.
  for (;;) {
    pid_t w = waitpid(pid, &ws, WNOHANG);
    if (w == pid) break;
    if (w < 0 && errno != EINTR) break;
    if (Clock::now() >= deadline && !r.timedOut) {
      r.timedOut = true;
      kill(-pid, SIGKILL);
    }
    usleep(2000);
  }
  if (r.timedOut) {
    // Leave nothing behind: grandchildren of the killed group too.
    kill(-pid, SIGKILL);
  } else if (WIFEXITED(ws)) {
    r.status = WEXITSTATUS(ws);
    r.execFailed = r.status == 127 && r.err.find("conformance: cannot execute") != std::string::npos;
  } else if (WIFSIGNALED(ws)) {
    r.signal = WTERMSIG(ws);
  }
  return r;
}

std::string trim(const std::string& s);

// A `// server F.go` fixture: started in its own process group with stdout
// on a pipe; start() waits for the first line (the address). The group is
// killed when the Server goes out of scope, so that no server outlives the
// test, whatever the outcome.
class Server {
 public:
  Server() = default;
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;
  ~Server() { stop(); }

  // Returns false, with why set, if the server could not be started or
  // exited or timed out before printing its address.
  bool start(const std::vector<std::string>& argv, const fs::path& dir, int timeoutSec,
             std::string& why) {
    int outPipe[2];
    if (pipe2(outPipe, O_CLOEXEC) != 0) {
      why = std::string("pipe: ") + std::strerror(errno);
      return false;
    }
    pid_ = fork();
    if (pid_ < 0) {
      why = std::string("fork: ") + std::strerror(errno);
      return false;
    }
    if (pid_ == 0) execChild(argv, dir, outPipe[1], 2, {});
    setpgid(pid_, pid_);
    close(outPipe[1]);
    out_ = outPipe[0];

    using Clock = std::chrono::steady_clock;
    const auto deadline = Clock::now() + std::chrono::seconds(timeoutSec);
    std::string got;
    char c;
    while (got.find('\n') == std::string::npos) {
      auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
      if (left <= 0) {
        why = "no address on its stdout within " + std::to_string(timeoutSec) + "s";
        return false;
      }
      pollfd pfd{out_, POLLIN, 0};
      int n = poll(&pfd, 1, static_cast<int>(std::min<long long>(left, 1000)));
      if (n <= 0) continue;
      ssize_t r = read(out_, &c, 1);  // byte by byte: read nothing past the line
      if (r == 1) {
        got += c;
      } else if (r == 0 || errno != EINTR) {
        why = "exited before printing its address";
        if (!got.empty()) why += " (printed \"" + got + "\")";
        return false;
      }
    }
    got.pop_back();  // the newline
    addr_ = trim(got);
    if (addr_.empty()) {
      why = "printed an empty first line";
      return false;
    }
    return true;
  }

  const std::string& addr() const { return addr_; }

 private:
  void stop() {
    if (pid_ > 0) {
      kill(-pid_, SIGKILL);
      int ws;
      while (waitpid(pid_, &ws, 0) < 0 && errno == EINTR) {
      }
      pid_ = -1;
    }
    if (out_ >= 0) close(out_);
    out_ = -1;
  }

  pid_t pid_ = -1;
  int out_ = -1;  // kept open until stop: the server never sees EPIPE
  std::string addr_;
};

// ---------------------------------------------------------------------------
// Reading the test file.

std::optional<std::string> readFile(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<std::string> splitLines(const std::string& s) {
  std::vector<std::string> lines;
  size_t start = 0;
  while (start < s.size()) {
    size_t nl = s.find('\n', start);
    if (nl == std::string::npos) nl = s.size();
    lines.push_back(s.substr(start, nl - start));
    start = nl + 1;
  }
  return lines;
}

std::string trim(const std::string& s) {
  size_t b = s.find_first_not_of(" \t\r");
  if (b == std::string::npos) return "";
  size_t e = s.find_last_not_of(" \t\r");
  return s.substr(b, e - b + 1);
}

struct TestFile {
  std::string directive;  // "run", "errorcheck", "skip"
  bool needsGo122 = false;
  int exitStatus = 0;
  std::vector<std::string> stderrRx;  // from `// stderr "regex"` lines
  // From `// stdout [N] "regex"` lines (count -1: at least one line).
  std::vector<std::pair<int, std::string>> stdoutRx;
  std::string server;  // from `// server F.go`: F.go, relative to the file
  std::vector<std::string> lines;
};

std::optional<TestFile> parseTestFile(const fs::path& path, std::string& why) {
  auto text = readFile(path);
  if (!text) {
    why = "cannot read " + path.string();
    return std::nullopt;
  }
  TestFile t;
  t.lines = splitLines(*text);
  std::string first = t.lines.empty() ? "" : trim(t.lines[0]);
  if (first == "// run") t.directive = "run";
  else if (first == "// errorcheck") t.directive = "errorcheck";
  else if (first.rfind("// skip", 0) == 0) t.directive = "skip";
  else {
    why = path.string() + ":1: line 1 must be `// run`, `// errorcheck` or `// skip`, not `" + first + "`";
    return std::nullopt;
  }
  t.needsGo122 = t.lines.size() > 1 && trim(t.lines[1]) == "// go1.22";
  static const std::regex exitRx(R"(^//\s*exit\s+(\d+)\s*$)");
  static const std::regex stderrRx(R"lit(^//\s*stderr\s+"([^"]*)"\s*$)lit");
  static const std::regex stdoutRx(R"lit(^//\s*stdout\s+(?:(\d+)\s+)?"(.*)"\s*$)lit");
  static const std::regex serverRx(R"(^//\s*server\s+(\S+\.go)\s*$)");
  for (const auto& l : t.lines) {
    std::string s = trim(l);
    if (s.rfind("package ", 0) == 0) break;  // directives precede the package clause
    std::smatch m;
    if (std::regex_match(s, m, exitRx)) t.exitStatus = std::stoi(m[1]);
    if (std::regex_match(s, m, serverRx)) t.server = m[1];
    if (std::regex_match(s, m, stderrRx)) {
      try {
        std::regex check(m[1].str(), std::regex::ECMAScript);
      } catch (const std::regex_error& e) {
        why = path.string() + ": bad stderr regex \"" + m[1].str() + "\": " + e.what();
        return std::nullopt;
      }
      t.stderrRx.push_back(m[1]);
    }
    if (std::regex_match(s, m, stdoutRx)) {
      try {
        std::regex check(m[2].str(), std::regex::ECMAScript);
      } catch (const std::regex_error& e) {
        why = path.string() + ": bad stdout regex \"" + m[2].str() + "\": " + e.what();
        return std::nullopt;
      }
      t.stdoutRx.emplace_back(m[1].matched ? std::stoi(m[1]) : -1, m[2]);
    }
  }
  return t;
}

// ---------------------------------------------------------------------------
// Output comparison.

// Prints where want and got first differ, with a little context.
void reportDiff(const std::string& want, const std::string& got) {
  auto w = splitLines(want), g = splitLines(got);
  size_t i = 0;
  while (i < w.size() && i < g.size() && w[i] == g[i]) i++;
  std::fprintf(stderr, "stdout differs from the golden file at line %zu:\n", i + 1);
  size_t from = i >= 3 ? i - 3 : 0;
  for (size_t k = from; k < i; k++) std::fprintf(stderr, "   %s\n", w[k].c_str());
  for (size_t k = i; k < w.size() && k < i + 8; k++) std::fprintf(stderr, " - %s\n", w[k].c_str());
  if (i + 8 < w.size()) std::fprintf(stderr, " - ... (%zu more lines)\n", w.size() - i - 8);
  for (size_t k = i; k < g.size() && k < i + 8; k++) std::fprintf(stderr, " + %s\n", g[k].c_str());
  if (i + 8 < g.size()) std::fprintf(stderr, " + ... (%zu more lines)\n", g.size() - i - 8);
  if (i == w.size() && i == g.size()) {
    bool wnl = !want.empty() && want.back() == '\n', gnl = !got.empty() && got.back() == '\n';
    std::fprintf(stderr, "(the lines agree; the golden file %s with a newline, the output %s)\n",
                 wnl ? "ends" : "does not end", gnl ? "does" : "does not");
  }
}

void showStderr(const RunResult& r) {
  if (r.err.empty()) return;
  constexpr size_t kMax = 4000;
  std::fprintf(stderr, "--- stderr%s:\n%s%s", r.err.size() > kMax ? " (first 4000 bytes)" : "",
               r.err.substr(0, kMax).c_str(), r.err.size() > kMax || r.err.back() == '\n' ? "" : "\n");
}

int checkRun(const fs::path& file, const TestFile& t, const RunResult& r, bool update,
             const char* who) {
  if (r.timedOut || r.execFailed || r.signal) {
    std::fprintf(stderr, "FAIL %s: %s %s\n", file.c_str(), who, r.describe().c_str());
    showStderr(r);
    return kFail;
  }
  fs::path golden = fs::path(file).replace_extension(".out");
  bool ok = true;
  if (!t.stdoutRx.empty()) {
    // Output that varies: the patterns instead of a golden file.
    auto outLines = splitLines(r.out);
    for (const auto& [want, rx] : t.stdoutRx) {
      std::regex re(rx, std::regex::ECMAScript);
      int n = 0;
      for (const auto& l : outLines) n += std::regex_search(l, re);
      if (want < 0 ? n == 0 : n != want) {
        if (ok) std::fprintf(stderr, "FAIL %s (%s)\n", file.c_str(), who);
        std::fprintf(stderr, "stdout: %d lines match \"%s\", want %s%d\n", n, rx.c_str(),
                     want < 0 ? "at least " : "", want < 0 ? 1 : want);
        ok = false;
      }
    }
    if (!ok) std::fprintf(stderr, "--- stdout:\n%s", r.out.c_str());
  } else if (update) {
    if (r.out.empty()) {
      if (fs::exists(golden)) fs::remove(golden);
    } else {
      std::ofstream o(golden, std::ios::binary | std::ios::trunc);
      o << r.out;
      if (!o) {
        std::fprintf(stderr, "FAIL %s: cannot write %s\n", file.c_str(), golden.c_str());
        return kFail;
      }
    }
    std::fprintf(stderr, "updated %s\n", golden.c_str());
  } else {
    std::string want = readFile(golden).value_or("");
    if (want != r.out) {
      std::fprintf(stderr, "FAIL %s (%s)\n", file.c_str(), who);
      reportDiff(want, r.out);
      ok = false;
    }
  }
  if (r.status != t.exitStatus) {
    std::fprintf(stderr, "FAIL %s: %s: %s, want exit status %d\n", file.c_str(), who,
                 r.describe().c_str(), t.exitStatus);
    ok = false;
  }
  for (const auto& rx : t.stderrRx) {
    if (!std::regex_search(r.err, std::regex(rx, std::regex::ECMAScript))) {
      std::fprintf(stderr, "FAIL %s: %s: stderr does not match \"%s\"\n", file.c_str(), who,
                   rx.c_str());
      ok = false;
    }
  }
  if (!ok) {
    showStderr(r);
    return kFail;
  }
  return kPass;
}

// ---------------------------------------------------------------------------
// Errorcheck.

struct Expectation {
  int line;
  std::string rx;
  std::regex re;
  bool matched = false;
};

struct Diag {
  std::string file;
  int line;
  std::string text;  // the whole line as printed
  std::string msg;   // after "file:line:col: "
  bool matched = false;
};

bool collectExpectations(const TestFile& t, const fs::path& file, std::vector<Expectation>& out) {
  static const std::regex quoted("\"([^\"]*)\"");
  for (size_t i = 0; i < t.lines.size(); i++) {
    const std::string& l = t.lines[i];
    size_t at = l.find("// ERROR ");
    if (at == std::string::npos) continue;
    std::string rest = l.substr(at + 9);
    bool any = false;
    for (std::sregex_iterator it(rest.begin(), rest.end(), quoted), end; it != end; ++it) {
      std::string rx = (*it)[1];
      try {
        out.push_back({static_cast<int>(i + 1), rx, std::regex(rx, std::regex::ECMAScript), false});
      } catch (const std::regex_error& e) {
        std::fprintf(stderr, "%s:%zu: bad ERROR regex \"%s\": %s\n", file.c_str(), i + 1, rx.c_str(),
                     e.what());
        return false;
      }
      any = true;
    }
    if (!any) {
      std::fprintf(stderr, "%s:%zu: ERROR without a quoted regex\n", file.c_str(), i + 1);
      return false;
    }
  }
  return true;
}

std::vector<Diag> parseDiagnostics(const std::string& output, const std::string& base = "",
                                   int packageLine = 0) {
  static const std::regex diagRx(R"(^(\S*\.go):(\d+)(?::\d+)?: (.*)$)");
  static const std::string noMain = "function main is undeclared in the main package";
  std::vector<Diag> ds;
  for (auto& raw : splitLines(output)) {
    std::string l = raw;
    if (!l.empty() && l.back() == '\r') l.pop_back();
    std::smatch m;
    if (!std::regex_match(l, m, diagRx)) {
      // go's "# pkg" header, "\thave (...)" ...; a positionless program error.
      if (packageLine > 0 && l.size() >= noMain.size() &&
          l.compare(l.size() - noMain.size(), noMain.size(), noMain) == 0)
        ds.push_back({base, packageLine, l, noMain, false});
      continue;
    }
    if (m[3] == "too many errors") continue;         // gc gives it the last error's position
    int line = std::stoi(m[2]);
    if (line == 0) line = packageLine;  // gorun's positionless "file.go:0:0: ..."
    ds.push_back({m[1], line, l, m[3], false});
  }
  return ds;
}

// strict (gorun): exit status 1 and every diagnostic worded as its ERROR
// regex says. Not strict (`go build`): a non-zero status and diagnostics on
// exactly the marked lines; the regexes follow current gc's wording (our
// target), which the installed Go (1.19 on Debian 12) words differently in
// places ("as type I" where current gc says "as I value").
int checkErrors(const fs::path& file, const TestFile& t, const RunResult& r, const char* who, bool strict) {
  if (r.timedOut || r.execFailed || r.signal) {
    std::fprintf(stderr, "FAIL %s: %s %s\n", file.c_str(), who, r.describe().c_str());
    showStderr(r);
    return kFail;
  }
  std::vector<Expectation> want;
  if (!collectExpectations(t, file, want)) return kFail;
  if (want.empty()) {
    std::fprintf(stderr, "FAIL %s: errorcheck file without any // ERROR\n", file.c_str());
    return kFail;
  }
  bool ok = true;
  if (strict ? r.status != 1 : r.status == 0) {
    std::fprintf(stderr, "FAIL %s: %s: %s, want exit status %s (compile error)\n", file.c_str(), who,
                 r.describe().c_str(), strict ? "1" : "non-zero");
    ok = false;
  }
  const std::string base = file.filename().string();
  int packageLine = 0;
  for (size_t i = 0; i < t.lines.size() && packageLine == 0; ++i)
    if (trim(t.lines[i]).rfind("package ", 0) == 0) packageLine = int(i) + 1;
  auto diags = parseDiagnostics(r.err + "\n" + r.out, base, packageLine);
  // As Go's run.go: each expectation consumes every diagnostic on its line
  // that it matches; it fails if it matches none.
  for (auto& e : want) {
    for (auto& d : diags) {
      if (d.line != e.line || fs::path(d.file).filename() != base) continue;
      if (!strict || std::regex_search(d.msg, e.re)) {
        d.matched = true;
        e.matched = true;
      }
    }
  }
  for (auto& e : want) {
    if (e.matched) continue;
    ok = false;
    std::string onLine;
    for (auto& d : diags)
      if (d.line == e.line && fs::path(d.file).filename() == base) onLine += "\n    got: " + d.msg;
    std::fprintf(stderr, "%s:%d: no diagnostic matches ERROR \"%s\"%s\n", file.c_str(), e.line,
                 e.rx.c_str(), onLine.empty() ? " (none reported on this line)" : onLine.c_str());
  }
  for (auto& d : diags) {
    if (d.matched) continue;
    ok = false;
    std::fprintf(stderr, "unexpected diagnostic: %s\n", d.text.c_str());
  }
  if (!ok) {
    std::fprintf(stderr, "FAIL %s (%s)\n", file.c_str(), who);
    showStderr(r);
    return kFail;
  }
  return kPass;
}

// ---------------------------------------------------------------------------
// The Go toolchain.

// The minor version of the installed Go ("go1.19.8" -> 19), or -1.
int goMinorVersion(const std::string& go) {
  RunResult r = run({go, "env", "GOVERSION"}, {}, 60);
  std::smatch m;
  static const std::regex verRx(R"(go1\.(\d+))");
  if (r.status == 0 && std::regex_search(r.out, m, verRx)) return std::stoi(m[1]);
  return -1;
}

struct TempDir {
  fs::path path;
  TempDir() {
    std::string tmpl = (fs::temp_directory_path() / "conformance-XXXXXX").string();
    if (!mkdtemp(tmpl.data())) {
      std::perror("conformance: mkdtemp");
      std::exit(kUsage);
    }
    path = tmpl;
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
};

int usage() {
  std::fprintf(stderr,
               "usage: conformance (--gorun PATH | --go PATH) [--gorun-flag FLAG]... [--timeout SECONDS] [--update] FILE.go\n"
               "  --gorun PATH  check gorun against FILE's expectations\n"
               "  --gorun-flag FLAG  pass FLAG to gorun before the file (e.g. -O)\n"
               "  --go PATH     check FILE's expectations against the Go toolchain\n"
               "  --update      rewrite FILE.out (with --gorun also GORUN_UPDATE_GOLDEN=1)\n"
               "exit status: 0 pass, 1 fail, 77 skipped\n");
  return kUsage;
}

}  // namespace

int main(int argc, char** argv) {
  std::string gorun, go, fileArg;
  std::vector<std::string> gorunFlags;
  int timeout = 30;
  bool update = false;
  for (int i = 1; i < argc; i++) {
    std::string a = argv[i];
    if (a == "--gorun" && i + 1 < argc) gorun = argv[++i];
    else if (a == "--go" && i + 1 < argc) go = argv[++i];
    else if (a == "--gorun-flag" && i + 1 < argc) gorunFlags.push_back(argv[++i]);
    else if (a == "--timeout" && i + 1 < argc) timeout = std::atoi(argv[++i]);
    else if (a == "--update") update = true;
    else if (!a.empty() && a[0] == '-') return usage();
    else if (fileArg.empty()) fileArg = a;
    else return usage();
  }
  if (fileArg.empty() || gorun.empty() == go.empty() || timeout <= 0) return usage();
  // GORUN_UPDATE_GOLDEN rewrites goldens from gorun's output, in the main
  // variant only: the GOMAXPROCS=1 variant and the go/ check would race it.
  const bool runOnlyVariant = std::getenv("CONFORMANCE_RUN_ONLY") != nullptr;
  if (const char* u = std::getenv("GORUN_UPDATE_GOLDEN");
      u && *u && std::strcmp(u, "0") != 0 && !gorun.empty()) {
    if (runOnlyVariant) {
      std::fprintf(stderr, "SKIP %s: GORUN_UPDATE_GOLDEN is set\n", fileArg.c_str());
      return kSkip;
    }
    update = true;
  }
  signal(SIGPIPE, SIG_IGN);

  fs::path file = fs::absolute(fileArg).lexically_normal();
  std::string why;
  auto t = parseTestFile(file, why);
  if (!t) {
    std::fprintf(stderr, "FAIL %s\n", why.c_str());
    return kFail;
  }
  if (t->directive == "skip") {
    std::fprintf(stderr, "SKIP %s: %s\n", file.c_str(), trim(t->lines[0]).c_str());
    return kSkip;
  }
  const fs::path dir = file.parent_path();
  const std::string base = file.filename().string();

  if (!gorun.empty()) {
    gorun = fs::absolute(gorun).string();
    // GOMAXPROCS and the stress switches come from the environment CTest
    // sets; a variant that only makes sense for run tests skips the rest.
    if (t->directive != "run" && runOnlyVariant) {
      std::fprintf(stderr, "SKIP %s: not a run test\n", file.c_str());
      return kSkip;
    }
    std::vector<std::string> argv{gorun};
    argv.insert(argv.end(), gorunFlags.begin(), gorunFlags.end());
    argv.push_back(base);
    Server server;
    if (t->directive == "run" && !t->server.empty()) {
      if (!server.start({gorun, t->server}, dir, timeout, why)) {
        std::fprintf(stderr, "FAIL %s: server %s: %s\n", file.c_str(), t->server.c_str(), why.c_str());
        return kFail;
      }
      argv.push_back(server.addr());
    }
    RunResult r = run(argv, dir, timeout);
    int rc = t->directive == "run" ? checkRun(file, *t, r, update, "gorun")
                                   : checkErrors(file, *t, r, "gorun", true);
    if (rc == kPass) std::fprintf(stderr, "PASS %s\n", file.c_str());
    return rc;
  }

  // --go: the golden files must agree with the Go toolchain.
  if (t->needsGo122) {
    int minor = goMinorVersion(go);
    if (minor < 22) {
      std::fprintf(stderr, "SKIP %s: needs Go 1.22 semantics, have go1.%d\n", file.c_str(), minor);
      return kSkip;
    }
  }
  TempDir tmp;
  fs::path bin = tmp.path / "prog";
  // Building gets a generous bound: a cold build cache compiles fmt and its
  // dependencies first.
  RunResult b = run({go, "build", "-o", bin.string(), base}, dir, std::max(timeout, 300));
  int rc;
  if (t->directive == "errorcheck") {
    rc = checkErrors(file, *t, b, "go build", false);
  } else if (b.status != 0) {
    std::fprintf(stderr, "FAIL %s: go build: %s\n", file.c_str(), b.describe().c_str());
    showStderr(b);
    rc = kFail;
  } else {
    std::vector<std::string> argv{bin.string()};
    Server server;
    if (!t->server.empty()) {
      fs::path sbin = tmp.path / "server";
      RunResult sb = run({go, "build", "-o", sbin.string(), t->server}, dir, std::max(timeout, 300));
      if (sb.status != 0) {
        std::fprintf(stderr, "FAIL %s: go build %s: %s\n", file.c_str(), t->server.c_str(),
                     sb.describe().c_str());
        showStderr(sb);
        return kFail;
      }
      if (!server.start({sbin.string()}, dir, timeout, why)) {
        std::fprintf(stderr, "FAIL %s: server %s: %s\n", file.c_str(), t->server.c_str(), why.c_str());
        return kFail;
      }
      argv.push_back(server.addr());
    }
    RunResult r = run(argv, dir, timeout);
    rc = checkRun(file, *t, r, update, "go");
  }
  if (rc == kPass) std::fprintf(stderr, "PASS %s (go)\n", file.c_str());
  return rc;
}
