//! Prints a generated data set as the stored document (JSON), for the
//! pages-ready benchmark (e2e/pages-ready.spec.js):
//!
//! `cargo run --example dataset -- large|budget|empty YYYY-MM-DD`
use benefits_desk::model::SCHEMA_VERSION;
use benefits_desk::model::generate::{Scale, generate};
use benefits_desk::store::document::Document;
use chrono::NaiveDate;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let scale = match args.first().map(String::as_str) {
        Some("large") => Scale::LARGE_ACCOUNT,
        Some("budget") => Scale::BUDGET,
        Some("empty") => Scale::EMPTY,
        _ => {
            eprintln!("usage: dataset large|budget|empty YYYY-MM-DD");
            std::process::exit(2)
        }
    };
    let today = args
        .get(1)
        .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
        .unwrap_or_else(|| {
            eprintln!("give today's date as YYYY-MM-DD");
            std::process::exit(2)
        });
    let doc = Document {
        schema: SCHEMA_VERSION,
        revision: 1,
        data: generate(scale, today),
        conflicts: 0,
    };
    println!(
        "{}",
        serde_json::to_string(&doc).expect("a dataset serializes")
    );
}
