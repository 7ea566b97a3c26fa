//! The house (docs/architecture.md): plain data types at the bottom, then the
//! rules, the ledger, the store, the words and the UI. A module names only
//! the layers below it or its own: no arrow runs back up.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

/// The layers, bottom first.
const LAYERS: [&str; 6] = ["model", "rules", "ledger", "store", "i18n", "ui"];

fn sources(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Every `crate::<layer>` a file names, with its line.
fn named(text: &str) -> Vec<(usize, &'static str)> {
    let mut found = Vec::new();
    for (n, line) in text.lines().enumerate() {
        for layer in LAYERS {
            let path = format!("crate::{layer}");
            let mut rest = line;
            while let Some(at) = rest.find(&path) {
                let after = rest[at + path.len()..].chars().next();
                if !after.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                    found.push((n + 1, layer));
                }
                rest = &rest[at + path.len()..];
            }
        }
    }
    found
}

#[test]
fn no_layer_names_one_above_it() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut upward = Vec::new();
    for (rank, layer) in LAYERS.iter().enumerate() {
        let mut files = Vec::new();
        sources(&src.join(layer), &mut files);
        assert!(!files.is_empty(), "src/{layer} has no sources");
        for file in files {
            let text = std::fs::read_to_string(&file).unwrap();
            for (line, used) in named(&text) {
                let used_rank = LAYERS.iter().position(|l| *l == used).unwrap();
                if used_rank > rank {
                    upward.push(format!("{}:{line} names crate::{used}", file.display()));
                }
            }
        }
    }
    assert!(
        upward.is_empty(),
        "arrows running back up:\n{}",
        upward.join("\n")
    );
}

#[test]
fn the_check_sees_an_upward_name() {
    assert_eq!(named("use crate::ui::data;"), vec![(1, "ui")]);
    assert_eq!(
        named("let x = crate::i18n::Lang::En; crate::model_x"),
        vec![(1, "i18n")]
    );
}

/// The length in lines of each `#[component]` function in `text`, by name:
/// from its `fn` line to the `}` at that line's indent.
fn components(text: &str) -> Vec<(String, usize)> {
    let lines: Vec<&str> = text.lines().collect();
    let mut out = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        if line.trim() != "#[component]" {
            continue;
        }
        let Some(start) = (i + 1..lines.len()).find(|&j| {
            let t = lines[j].trim_start();
            t.starts_with("fn ") || t.starts_with("pub fn ")
        }) else {
            continue;
        };
        let indent = lines[start].len() - lines[start].trim_start().len();
        let close = format!("{}}}", " ".repeat(indent));
        let Some(end) = (start + 1..lines.len()).find(|&k| lines[k].trim_end() == close) else {
            continue;
        };
        let name = lines[start]
            .trim_start()
            .trim_start_matches("pub ")
            .trim_start_matches("fn ")
            .split(['(', '<'])
            .next()
            .unwrap_or_default()
            .to_owned();
        out.push((name, end - start + 1));
    }
    out
}

#[test]
fn every_component_is_at_most_80_lines() {
    let mut files = Vec::new();
    sources(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src/ui"),
        &mut files,
    );
    let mut long = Vec::new();
    let mut seen = 0;
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        for (name, lines) in components(&text) {
            seen += 1;
            if lines > 80 {
                long.push(format!("{} {name}: {lines} lines", file.display()));
            }
        }
    }
    assert!(seen > 50, "found only {seen} components");
    assert!(
        long.is_empty(),
        "components over 80 lines (DESIGN.md):\n{}",
        long.join("\n")
    );
}

#[test]
fn a_component_is_measured_from_its_fn_to_its_closing_brace() {
    let text = "#[component]\npub fn Row(\n    x: u32,\n) -> impl IntoView {\n    view! {}\n}\n";
    assert_eq!(components(text), vec![("Row".to_owned(), 5)]);
}
