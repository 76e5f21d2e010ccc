//! The core's layers, checked from its sources: the two-way ties between modules that once
//! made one circle of modules (document ↔ pack, pack ↔ cell, cell ↔ committee) must not
//! come back, and no new circle may form between the crate's top-level modules.
//!
//! A plain scan of the `crate::…` and `super::…` paths of the library's code, comments and
//! test code left out (tests may reach anywhere): enough to see every import, and it needs
//! nothing but the sources.
#![cfg(not(target_arch = "wasm32"))]
#![allow(
    clippy::expect_used,
    reason = "test code: the helpers outside `#[test]` functions panic on an unreadable source, as the tests do"
)]

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// A module of the crate by its path, `["cell", "model"]`; the crate root is empty.
type Module = Vec<String>;

/// The leaves made to untie two modules: types both sides share, which may read nothing of
/// the crate but each other and the [`BASE`].
const LEAVES: [&str; 2] = ["pack_ref", "threshold"];

/// Small modules below everything else that a leaf may read.
const BASE: [&str; 5] = ["ids", "level", "score", "time", "year"];

/// Every file of the library with its module and the modules it refers to.
fn modules() -> BTreeMap<Module, BTreeSet<Module>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    collect(&root, &mut files);
    let mut modules: BTreeMap<Module, BTreeSet<Module>> = files
        .into_iter()
        .filter(|path| path.file_name().is_some_and(|n| n != "tests.rs"))
        .map(|path| {
            let text = fs::read_to_string(&path).expect("readable source");
            let module = module_of(path.strip_prefix(&root).expect("under src"));
            let refs = references(&module, &without_tests(&code_of(&text)));
            (module, refs)
        })
        .collect();
    // `super::` in an inline module (`time::rfc3339::option`) resolves too high here: what
    // names no module of the crate is left out.
    let tops: BTreeSet<String> = modules.keys().filter_map(|m| m.first().cloned()).collect();
    for refs in modules.values_mut() {
        refs.retain(|r| r.first().is_some_and(|t| tops.contains(t)));
    }
    modules
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).expect("readable directory") {
        let path = entry.expect("readable entry").path();
        if path.is_dir() {
            collect(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// `cell/model.rs` → `cell::model`, `cell/mod.rs` → `cell`, `lib.rs` → the root.
fn module_of(relative: &Path) -> Module {
    let mut parts: Module = relative.iter().map(|p| p.to_string_lossy().trim_end_matches(".rs").to_owned()).collect();
    if parts.last().is_some_and(|p| p == "mod" || p == "lib") {
        parts.pop();
    }
    parts
}

/// The code without its comments, with the braces of strings and characters blanked, so
/// that braces can be counted.
fn code_of(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    let blank = |c: char| if c == '{' || c == '}' { ' ' } else { c };
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        let after_ident = i > 0 && (chars[i - 1].is_alphanumeric() || chars[i - 1] == '_');
        if c == '/' && next == Some('/') {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            let mut depth = 0;
            while i < chars.len() {
                if chars[i] == '/' && chars.get(i + 1) == Some(&'*') {
                    depth += 1;
                    i += 2;
                } else if chars[i] == '*' && chars.get(i + 1) == Some(&'/') {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    i += 1;
                }
            }
        } else if c == 'r' && !after_ident && matches!(next, Some('"' | '#')) {
            // A raw string: r"…", r#"…"#.
            let mut j = i + 1;
            while chars.get(j) == Some(&'#') {
                j += 1;
            }
            if chars.get(j) != Some(&'"') {
                out.push(c);
                i += 1;
                continue;
            }
            let hashes = j - i - 1;
            j += 1;
            while j < chars.len() && !(chars[j] == '"' && (1..=hashes).all(|k| chars.get(j + k) == Some(&'#'))) {
                out.push(blank(chars[j]));
                j += 1;
            }
            i = j + 1 + hashes;
        } else if c == '"' {
            out.push(c);
            i += 1;
            while i < chars.len() && chars[i] != '"' {
                if chars[i] == '\\' {
                    out.push(' ');
                    i += 1;
                }
                if let Some(&ch) = chars.get(i) {
                    out.push(blank(ch));
                }
                i += 1;
            }
            out.push('"');
            i += 1;
        } else if c == '\'' && (next == Some('\\') || chars.get(i + 2) == Some(&'\'')) {
            // A character; a lifetime (`'a`) has no closing quote.
            i += 1;
            while i < chars.len() && chars[i] != '\'' {
                i += if chars[i] == '\\' { 2 } else { 1 };
            }
            out.push_str("' '");
            i += 1;
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

/// The code without its `#[cfg(test)]` items.
fn without_tests(code: &str) -> String {
    const MARK: &str = "#[cfg(test)]";
    let mut out = String::new();
    let mut rest = code;
    while let Some(at) = rest.find(MARK) {
        out.push_str(&rest[..at]);
        let item = &rest[at + MARK.len()..];
        let mut depth = 0usize;
        let mut end = item.len();
        for (i, c) in item.char_indices() {
            match c {
                '{' => depth += 1,
                '}' if depth == 1 => {
                    end = i + 1;
                    break;
                }
                '}' => depth = depth.saturating_sub(1),
                ';' if depth == 0 => {
                    end = i + 1;
                    break;
                }
                _ => {}
            }
        }
        rest = &item[end..];
    }
    out.push_str(rest);
    out
}

/// The modules `code`, in `module`, refers to by `crate::…` or `super::…` (first two
/// segments, enough to name a module of the crate or of one of its top-level modules).
fn references(module: &[String], code: &str) -> BTreeSet<Module> {
    let ident = |c: char| c.is_alphanumeric() || c == '_';
    let mut out = BTreeSet::new();
    for (at, _) in code.match_indices("crate::").chain(code.match_indices("super::")) {
        if code[..at].chars().next_back().is_some_and(ident) {
            continue;
        }
        let mut base: Module = Vec::new();
        let mut rest = &code[at..];
        if rest.starts_with("super::") {
            base = module.to_vec();
            while let Some(r) = rest.strip_prefix("super::") {
                base.pop();
                rest = r;
            }
        } else {
            rest = &rest["crate::".len()..];
        }
        // `crate::{a::b, c}` names several paths.
        let paths: Vec<&str> = match rest.strip_prefix('{') {
            Some(group) => group.split('}').next().unwrap_or("").split(',').collect(),
            None => vec![rest],
        };
        for path in paths {
            let mut full = base.clone();
            full.extend(
                path.trim_start()
                    .split("::")
                    .map(|s| s.chars().take_while(|c| ident(*c)).collect::<String>())
                    .take_while(|s| !s.is_empty() && s != "self")
                    .take(2usize.saturating_sub(base.len()).max(1)),
            );
            if !full.is_empty() && full.as_slice() != module {
                out.insert(full);
            }
        }
    }
    out
}

/// The files under `top` (the module and its submodules) that refer to the top-level
/// module `other`, with how.
fn ties(modules: &BTreeMap<Module, BTreeSet<Module>>, top: &str, other: &str) -> Vec<String> {
    modules
        .iter()
        .filter(|(m, _)| m.first().is_some_and(|t| t == top))
        .flat_map(|(m, refs)| {
            refs.iter()
                .filter(|r| r.first().is_some_and(|t| t == other))
                .map(move |r| format!("{} → {}", m.join("::"), r.join("::")))
        })
        .collect()
}

#[test]
fn the_scan_sees_imports() {
    let module = vec!["cell".to_owned(), "model".to_owned()];
    let code = code_of(
        "use crate::pack::Pack; // crate::committee
         use crate::{decision::FinalLevels, ids};
         use super::summary;
         let s = \"{\"; let c = '}';
         #[cfg(test)]
         mod tests { use crate::committee::model; }",
    );
    let refs: Vec<String> = references(&module, &without_tests(&code)).iter().map(|r| r.join("::")).collect();
    assert_eq!(refs, ["cell::summary", "decision::FinalLevels", "ids", "pack::Pack"]);
}

#[test]
fn the_cell_reads_nothing_of_the_committee() {
    let found = ties(&modules(), "cell", "committee");
    // The committee reads the cell; what both read goes to `crate::decision`.
    assert!(found.is_empty(), "the cell reads the committee: {found:#?}");
}

#[test]
fn the_document_reads_nothing_of_the_pack() {
    let found = ties(&modules(), "document", "pack");
    // The pack reads documents; what a document records of it is `crate::pack_ref`.
    assert!(found.is_empty(), "the document reads the pack: {found:#?}");
}

#[test]
fn the_pack_reads_nothing_of_the_cell() {
    let found = ties(&modules(), "pack", "cell");
    // The cell reads the pack; what both read goes to a leaf such as `crate::threshold`.
    assert!(found.is_empty(), "the pack reads the cell: {found:#?}");
}

#[test]
fn the_decision_file_and_the_leaves_stay_neutral() {
    let modules = modules();
    let found: Vec<String> = ["cell", "committee"].iter().flat_map(|other| ties(&modules, "decision", other)).collect();
    assert!(found.is_empty(), "the decision file is read by both the cell and the committee: {found:#?}");
    for leaf in LEAVES {
        let refs = modules.get(&vec![leaf.to_owned()]).expect("a leaf module");
        let outside: Vec<String> = refs
            .iter()
            .filter(|r| !LEAVES.contains(&r[0].as_str()) && !BASE.contains(&r[0].as_str()))
            .map(|r| r.join("::"))
            .collect();
        assert!(outside.is_empty(), "the leaf `{leaf}` may read only other leaves and {BASE:?}: {outside:?}");
    }
}

#[test]
fn top_level_modules_form_no_circle() {
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (module, refs) in modules() {
        let Some(from) = module.first() else { continue };
        let to = refs.iter().filter_map(|r| r.first()).filter(|t| *t != from).cloned();
        graph.entry(from.clone()).or_default().extend(to);
    }
    // Depth first: a module met again on the current path closes a circle.
    fn visit<'a>(
        graph: &'a BTreeMap<String, BTreeSet<String>>,
        node: &'a str,
        path: &mut Vec<&'a str>,
        done: &mut BTreeSet<&'a str>,
    ) -> Option<Vec<String>> {
        if let Some(start) = path.iter().position(|n| *n == node) {
            let mut circle: Vec<String> = path[start..].iter().map(|n| (*n).to_owned()).collect();
            circle.push(node.to_owned());
            return Some(circle);
        }
        if !done.insert(node) {
            return None;
        }
        path.push(node);
        for next in graph.get(node).into_iter().flatten() {
            if let Some(circle) = visit(graph, next, path, done) {
                return Some(circle);
            }
        }
        path.pop();
        None
    }
    let mut done = BTreeSet::new();
    for node in graph.keys() {
        let circle = visit(&graph, node, &mut Vec::new(), &mut done);
        assert!(
            circle.is_none(),
            "top-level modules read each other in a circle: {}",
            circle.unwrap_or_default().join(" → ")
        );
    }
}
