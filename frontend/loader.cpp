#include "frontend/loader.h"

#include "frontend/checker.h"
#include "frontend/parser.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

namespace gorun::frontend {

namespace fs = std::filesystem;

namespace {

class Loader {
 public:
  Loader(Program& prog, std::string stdlibDir) : prog_(prog), stdlibDir_(std::move(stdlibDir)) {}

  Package* check(const std::string& path, const std::vector<File*>& files) {
    Importer importer = [this](const std::string& p) { return importPackage(p); };
    Package* pkg = checkPackage(prog_.types, path, files, importer, prog_.diags);
    prog_.packages.push_back(pkg);
    prog_.byPath[path] = pkg;
    return pkg;
  }

  Package* importPackage(const std::string& path) {
    if (auto it = prog_.byPath.find(path); it != prog_.byPath.end()) return it->second;
    if (loading_.count(path)) return nullptr;  // import cycle: reported as missing
    fs::path dir = fs::path(stdlibDir_) / path;
    std::error_code ec;
    if (path.empty() || path == "main" || !fs::is_directory(dir, ec)) return nullptr;
    std::vector<fs::path> names;
    for (auto& ent : fs::directory_iterator(dir, ec)) {
      auto name = ent.path().filename().string();
      if (ent.path().extension() == ".go" && name.find("_test.go") == std::string::npos) names.push_back(ent.path());
    }
    std::sort(names.begin(), names.end());
    if (names.empty()) return nullptr;
    std::vector<File*> files;
    for (auto& n : names) {
      std::ifstream in(n, std::ios::binary);
      std::stringstream ss;
      ss << in.rdbuf();
      sources_.push_back(ss.str());
      files.push_back(parseFile(prog_.ast, n.string(), sources_.back(), prog_.diags));
    }
    loading_.insert(path);
    Package* p = check(path, files);
    loading_.erase(path);
    return p;
  }

  Program& prog_;
  std::string stdlibDir_;
  std::set<std::string> loading_;
  std::vector<std::string> sources_;
};

}  // namespace

Package* loadStdPackage(Program& prog, const std::string& path, const std::string& stdlibDir) {
  Loader loader(prog, stdlibDir);
  return loader.importPackage(path);
}

bool loadProgram(Program& prog, const std::string& filename, std::string_view src, const std::string& stdlibDir) {
  Loader loader(prog, stdlibDir);
  File* f = parseFile(prog.ast, filename, src, prog.diags);
  // Syntax errors stop here, as gc does (base.SyntaxErrors counts the
  // messages that start "syntax error"): type errors would be follow-ons.
  // The parser's other errors ("expression in defer must be function
  // call", a third range variable) leave a sound tree, and gc goes on to
  // report the file's type errors too.
  for (const Diagnostic& d : prog.diags.list())
    if (d.msg.starts_with("syntax error")) return false;
  if (f->packageName && f->packageName->name != "main") {
    prog.diags.error(filename, f->packageName->pos,
                     "package " + f->packageName->name + " is not a main package");
    return false;
  }
  loader.check("main", {f});
  return prog.diags.empty();
}

}  // namespace gorun::frontend
