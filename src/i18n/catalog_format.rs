// The format of a catalog file (one language's texts), shared by `build.rs`,
// which writes it, and the app, which reads it (`i18n::loaded`): a header line
// `benefits-desk-catalog 1 <count>`, then one message per line in catalog order,
// a backslash escaping a line break (`\n`) and itself (`\\`).

/// The first word of a catalog file.
pub const MAGIC: &str = "benefits-desk-catalog";

/// Texts as a catalog file.
pub fn encode<'a>(texts: impl ExactSizeIterator<Item = &'a str>) -> String {
    let mut out = format!("{MAGIC} 1 {}\n", texts.len());
    for t in texts {
        for c in t.chars() {
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

/// The texts of a catalog file, or `None` when it is not one (or holds a
/// different number of texts than `count`).
pub fn decode(file: &str, count: usize) -> Option<Vec<String>> {
    let mut lines = file.lines();
    let header = lines.next()?;
    if header != format!("{MAGIC} 1 {count}") {
        return None;
    }
    let texts: Vec<String> = lines
        .map(|line| {
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
            out
        })
        .collect();
    (texts.len() == count).then_some(texts)
}
