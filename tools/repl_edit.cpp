// Reading the REPL's lines: libedit (through its readline interface) on a
// terminal, plain reads from a pipe.
//
// Ctrl-C while editing: the REPL's SIGINT handler (repl.cpp) only sets a
// flag; the handler is installed without SA_RESTART, so libedit's read
// fails with EINTR and readline returns null, which is told apart from the
// end of input by that flag. The line is then dropped, as in a shell.
#include "tools/repl.h"

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>

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

class TerminalEditor final : public LineEditor {
 public:
  explicit TerminalEditor(Completer c) {
    gComplete = c;
    rl_readline_name = const_cast<char*>("gorun");
    rl_attempted_completion_function = attemptCompletion;
    // Word breaks: a package member completes after "pkg.".
    rl_completer_word_break_characters = const_cast<char*>(" \t\n\"\\'`@$><=;|&{(,.)}[]+-*/%^!:");
    rl_catch_signals = 0;
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
    char* s = readline(prompt);
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
