//! Step 1: a key not yet redeemed, found by product name.

use leptos::prelude::*;

use super::{Go, StepButtons};
use crate::i18n::{Msg, fill};
use crate::ledger::change::Target;
use crate::ui::components::form::Radio;
use crate::ui::data::use_data;
use crate::ui::routes::{Choice, Step};
use crate::ui::state::use_ui;

/// Keys listed at most; the search narrows them.
const SHOWN: usize = 50;

/// Which key to redeem.
#[component]
pub fn KeyStep(
    /// What was chosen so far.
    choice: Choice,
    /// Moves on.
    go: Go,
) -> impl IntoView {
    let ui = use_ui();
    let data = use_data();
    let picked = RwSignal::new(choice.key);
    let search = RwSignal::new(String::new());
    // Coming from a subscription's expiry notice: only keys of its product fit.
    let product = data.data.with_untracked(|d| match choice.target {
        Some(Target::Existing(id)) => d
            .subscriptions
            .iter()
            .find(|s| s.id == id)
            .map(|s| s.product.to_lowercase()),
        _ => None,
    });
    // The keys that fit and match the search, in stored order.
    let found = Memo::new(move |_| {
        let needle = search.get().to_lowercase();
        data.data.with(|d| {
            d.keys
                .iter()
                .enumerate()
                .filter(|(_, k)| k.redemption.is_none() && !k.replaced)
                .filter(|(_, k)| {
                    product
                        .as_ref()
                        .is_none_or(|p| k.product.to_lowercase() == *p)
                })
                .filter(|(_, k)| k.product.to_lowercase().contains(&needle))
                .map(|(at, _)| at)
                .collect::<Vec<_>>()
        })
    });
    let keys = move || {
        let lang = ui.lang.get();
        data.data.with(|d| {
            found
                .read()
                .iter()
                .take(SHOWN)
                .map(|&at| &d.keys[at])
                .map(|k| {
                    let id = k.id;
                    let licenses = fill(lang.t(Msg::KeyLicensesCount), &[("count", &k.licenses.to_string())]);
                    let product = k.product.clone();
                    view! {
                        <Radio name="wz-key" id=format!("wz-key-{id}") checked=Signal::derive(move || picked.get() == Some(id))
                            on_pick=Callback::new(move |()| picked.set(Some(id)))>
                            {product} " · " {licenses}
                        </Radio>
                    }
                })
                .collect_view()
        })
    };
    let next = Callback::new(move |()| {
        let mut c = choice.clone();
        c.key = picked.get_untracked();
        go.run((Step::Tenant, c));
    });
    view! {
        <form class="card wizard-step">
            <h2>{ui.t(Msg::WzKeyQuestion)}</h2>
            <p class="field"><label for="wz-search">{ui.t(Msg::WzSearch)}</label>
                <input id="wz-search" type="search" autocomplete="off" on:input=move |ev| search.set(event_target_value(&ev))/></p>
            <fieldset><legend class="visually-hidden">{ui.t(Msg::WzKeyQuestion)}</legend>
                <ul class="choices">{keys}</ul>
                {move || {
                    let more = found.read().len().saturating_sub(SHOWN);
                    (more > 0).then(|| view! { <p class="muted" role="status">{fill(ui.lang.get().t(Msg::WzKeysMore), &[("count", &more.to_string())])}</p> })
                }}
            </fieldset>
            <StepButtons next=Some(next) ready=Signal::derive(move || picked.get().is_some())/>
        </form>
    }
}
