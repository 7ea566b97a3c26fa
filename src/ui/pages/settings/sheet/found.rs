//! A file read: its mapping, its dates, and (once every needed field has a
//! column) every row's result.

use leptos::prelude::*;

use super::mapping::{DatesCheck, MappingTable, missing_text};
use super::preview::Outcome;
use crate::i18n::Msg;
use crate::ledger::change::PortalOutcome;
use crate::ledger::{SheetOutcome, SheetPlan, plan_sheet};
use crate::model::fields::SheetItem;
use crate::store::sheet::{Mapping, SheetFile, SheetKind};
use crate::store::table::DayOrder;
use crate::ui::data::use_data;
use crate::ui::state::use_ui;

/// Whether a row's result changes nothing.
pub fn unchanged(o: SheetOutcome) -> bool {
    matches!(
        o,
        SheetOutcome::Same | SheetOutcome::Seat(PortalOutcome::Same | PortalOutcome::HeldHere)
    )
}

/// The mapping and dates, then the rows' results.
#[component]
pub fn Found(
    file: SheetFile,
    kind: SheetKind,
    /// Read the file again with this mapping and date order.
    again: impl Fn(Option<Mapping>, Option<DayOrder>) + Copy + Send + Sync + 'static,
    /// Import these rows.
    on_import: Callback<Vec<SheetItem>>,
) -> impl IntoView {
    let ui = use_ui();
    let data = use_data();
    // Nothing to confirm without dates.
    let confirmed = RwSignal::new(!file.dates.year_first && !file.dates.year_last);
    let (order, mapping) = (file.order, file.mapping.clone());
    let on_mapping = Callback::new(move |m: Mapping| again(Some(m), Some(order)));
    let on_order = Callback::new(move |o: DayOrder| again(Some(mapping.clone()), Some(o)));
    let plan = RwSignal::new(None::<Option<SheetPlan>>);
    let items: Vec<SheetItem> = file.rows.iter().map(|r| r.item.clone()).collect();
    if file.missing.is_empty() {
        leptos::task::spawn_local(async move {
            let base = super::base(data, &items).await;
            plan.set(Some(base.map(|d| plan_sheet(&d, &items))));
        });
    }
    let missing = file.missing.clone();
    let shown_missing = (!missing.is_empty()).then(|| {
        view! { <p class="field-error" role="alert">{move || missing_text(ui.lang.get(), &missing)}</p> }
    });
    let SheetFile {
        names,
        mapping,
        found,
        dates,
        ..
    } = file.clone();
    let file = StoredValue::new(file);
    view! {
        <MappingTable names mapping kind on_change=on_mapping/>
        {shown_missing}
        <DatesCheck dates found order on_order confirmed/>
        {move || match plan.get() {
            None if file.with_value(|f| f.missing.is_empty()) => Some(view! { <p role="status">{ui.t(Msg::ToolsWorking)}</p> }.into_any()),
            None => None,
            Some(None) => Some(view! { <p class="field-error" role="alert">{ui.t(Msg::SheetVaultLocked)}</p> }.into_any()),
            Some(Some(plan)) => Some(view! { <Outcome file=file.get_value() plan confirmed on_import/> }.into_any()),
        }}
    }
}
