// The REPL: `gorun` with no file, `gorun -i file.go`.
#pragma once

#include "jit/jit.h"

#include <memory>
#include <string>
#include <vector>

namespace gorun::tools {

// Runs the interactive prompt (or, when stdin is not a terminal, reads the
// inputs from it without prompts). `loadFile`, when not empty, is loaded
// first (its declarations; `package` clause ignored). Returns the exit status.
int runRepl(const jit::Options& opts, const std::string& loadFile);

// --- repl_edit.cpp: line editing with libedit on a terminal.
class LineEditor {
 public:
  virtual ~LineEditor() = default;
  // The next line without its newline; false at end of input. A Ctrl-C
  // while editing yields an empty line and sets *interrupted.
  virtual bool readLine(const char* prompt, std::string* line, bool* interrupted) = 0;
  virtual void addHistory(const std::string& entry) = 0;
};
using Completer = std::vector<std::string> (*)(const std::string& lineBeforeCursor, std::string* word);
std::unique_ptr<LineEditor> makeTerminalEditor(Completer complete);
std::unique_ptr<LineEditor> makePipeEditor();

}  // namespace gorun::tools
