//! The shape of the app, checked natively: three wings, one per audience (`src/member`,
//! `src/cell`, `src/committee`), none importing another, and the shared layers below them
//! (`components`, `files`, `nav`, `routes`, `persist`, `store`) importing no wing. A wing
//! that borrows another's widget or use-case is how copies drift; this fails the moment
//! one appears, naming the file and the line.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::{Path, PathBuf};

const WINGS: [&str; 3] = ["member", "cell", "committee"];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else { return };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// Every `crate::<wing>` (or `kiemdiem::<wing>`) a file names, with its line.
fn wings_named(path: &Path) -> Vec<(usize, &'static str)> {
    let text = fs::read_to_string(path).unwrap_or_default();
    let mut found = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let code = line.split("//").next().unwrap_or("");
        for wing in WINGS {
            if code.contains(&format!("crate::{wing}::")) || code.contains(&format!("crate::{wing};")) {
                found.push((n + 1, wing));
            }
        }
    }
    found
}

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

#[test]
fn no_wing_imports_another() {
    let mut wrong = Vec::new();
    for wing in WINGS {
        let mut files = Vec::new();
        rust_files(&src().join(wing), &mut files);
        assert!(!files.is_empty(), "src/{wing} has no files");
        for f in files {
            for (line, named) in wings_named(&f) {
                if named != wing {
                    wrong.push(format!("{}:{line} uses the {named} wing", f.display()));
                }
            }
        }
    }
    assert!(wrong.is_empty(), "a wing imports another:\n{}", wrong.join("\n"));
}

#[test]
fn shared_layers_import_no_wing() {
    let mut files = Vec::new();
    for dir in ["components", "files", "routes", "persist"] {
        rust_files(&src().join(dir), &mut files);
    }
    for file in ["nav.rs", "store.rs", "clock.rs"] {
        files.push(src().join(file));
    }
    let wrong: Vec<String> = files
        .iter()
        .flat_map(|f| {
            wings_named(f).into_iter().map(move |(line, wing)| format!("{}:{line} uses the {wing} wing", f.display()))
        })
        .collect();
    assert!(wrong.is_empty(), "a shared layer imports a wing:\n{}", wrong.join("\n"));
}

/// assets/apps.json is the one list of wasm entries: each is a Cargo binary and a rust
/// link of index.html, and nothing is built that it does not list (the build checks the
/// same in .ci/hash-cell.mjs; this says so before a release build is started).
#[test]
fn every_wasm_entry_is_listed_once_and_built() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let apps: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(root.join("assets/apps.json")).unwrap_or_default())
            .unwrap_or_default();
    let listed: Vec<&str> =
        apps["entries"].as_array().map(|a| a.iter().filter_map(|e| e["bin"].as_str()).collect()).unwrap_or_default();
    assert!(listed.len() >= 6, "assets/apps.json lists its entries: {listed:?}");
    let index = fs::read_to_string(root.join("index.html")).unwrap_or_default();
    let cargo = fs::read_to_string(root.join("Cargo.toml")).unwrap_or_default();
    let linked: Vec<&str> = index
        .split("rel=\"rust\" data-bin=\"")
        .skip(1)
        .filter_map(|s| s.split('"').next())
        .filter(|b| *b != "kiemdiem")
        .collect();
    for bin in &listed {
        assert!(linked.contains(bin), "{bin} is listed but index.html does not build it");
        assert!(cargo.contains(&format!("name = \"{bin}\"")), "{bin} is listed but has no [[bin]] in Cargo.toml");
    }
    for bin in &linked {
        assert!(listed.contains(bin), "index.html builds {bin}, which assets/apps.json does not list");
    }
}
