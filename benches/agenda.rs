//! Agenda over the budget dataset: 10,000 keys, 5,000 users, 2,000 seats and 500
//! subscriptions. Target: at most 5 ms per call (docs/perf.md).
use benefits_desk::model::generate::{Scale, generate};
use benefits_desk::rules::agenda::agenda;
use chrono::NaiveDate;
use criterion::{Criterion, Throughput, black_box, criterion_group, criterion_main};

fn bench(c: &mut Criterion) {
    let today = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
    let data = generate(Scale::BUDGET, today);
    let records = Scale::BUDGET.records() as u64;
    let items = agenda(&data, today).len();
    println!("agenda: {records} records in, {items} items out");
    let mut group = c.benchmark_group("agenda");
    group.throughput(Throughput::Elements(records));
    group.bench_function("budget_dataset", |b| {
        b.iter(|| agenda(black_box(&data), black_box(today)))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
