// The format of a catalog file (part of one language's texts), shared by
// `build.rs`, which writes it, and the app, which reads it (`i18n::loaded`):
//
//   benefits-desk-catalog 2 <messages in the app>
//   <which messages: runs of catalog numbers, `0-12,14,20-31`>
//   <one text per line, in that order>
//
// A backslash escapes a line break (`\n`) and itself (`\\`). The message count
// ties a file to one build: a stale file (another number of messages) is refused.

/// The first word of a catalog file.
pub const MAGIC: &str = "benefits-desk-catalog";

/// `indices` (ascending) as runs: `0-2,5`.
fn runs(indices: &[usize]) -> String {
    let mut out: Vec<String> = Vec::new();
    let mut i = 0;
    while i < indices.len() {
        let start = indices[i];
        let mut end = start;
        while i + 1 < indices.len() && indices[i + 1] == end + 1 {
            i += 1;
            end = indices[i];
        }
        out.push(if end == start {
            start.to_string()
        } else {
            format!("{start}-{end}")
        });
        i += 1;
    }
    out.join(",")
}

/// The messages numbered `indices` (ascending) of `texts` (all of a language's
/// texts, in catalog order) as a catalog file.
pub fn encode(texts: &[&str], indices: &[usize]) -> String {
    let mut out = format!("{MAGIC} 2 {}\n{}\n", texts.len(), runs(indices));
    for &i in indices {
        for c in texts[i].chars() {
            match c {
                '\\' => out.push_str("\\\\"),
                '\n' => out.push_str("\\n"),
                c => out.push(c),
            }
        }
        out.push('\n');
    }
    out
}

/// The (catalog number, text) pairs of a catalog file, or `None` when it is not
/// one of an app with `count` messages.
pub fn decode(file: &str, count: usize) -> Option<Vec<(usize, String)>> {
    let mut lines = file.lines();
    if lines.next()? != format!("{MAGIC} 2 {count}") {
        return None;
    }
    let mut indices = Vec::new();
    for run in lines.next()?.split(',').filter(|r| !r.is_empty()) {
        let (a, b) = run.split_once('-').unwrap_or((run, run));
        let (a, b): (usize, usize) = (a.parse().ok()?, b.parse().ok()?);
        if a > b || b >= count {
            return None;
        }
        indices.extend(a..=b);
    }
    let texts: Vec<(usize, String)> = indices
        .iter()
        .zip(lines)
        .map(|(&i, line)| {
            let mut out = String::with_capacity(line.len());
            let mut chars = line.chars();
            while let Some(c) = chars.next() {
                match (c, c == '\\') {
                    (_, true) => match chars.next() {
                        Some('n') => out.push('\n'),
                        Some(other) => out.push(other),
                        None => out.push('\\'),
                    },
                    (c, false) => out.push(c),
                }
            }
            (i, out)
        })
        .collect();
    (texts.len() == indices.len() && file.lines().count() == indices.len() + 2).then_some(texts)
}
