//! "Why this date?": a disclosure under a computed date with its rule and the
//! arithmetic on the user's own numbers, and "estimate" with what was assumed
//! where the source is vague. A native `<details>`: keyboard and screen
//! readers open it like any disclosure. The working is written only once it
//! is opened, by code fetched then (a lazy chunk, `why_body`): a page of fifty
//! keys holds fifty closed disclosures, not fifty sums, and the first load
//! carries none of the wording.

use chrono::NaiveDate;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::i18n::Msg;
use crate::i18n::working::{explains, working};
use crate::rules::agenda::{AgendaItem, explain};
use crate::rules::{RuleId, Why};
use crate::ui::components::RuleLink;
use crate::ui::data::use_data;
use crate::ui::state::use_ui;

/// What a disclosure explains: a working the page already has, or an agenda
/// item whose working is looked up only when the disclosure is opened.
#[derive(Clone, Debug)]
pub enum WhyOf {
    /// The engine's record of the value.
    Known(Why),
    /// An agenda item (`rules::agenda::explain` finds its working).
    Agenda(AgendaItem),
}

impl From<Why> for WhyOf {
    fn from(why: Why) -> Self {
        WhyOf::Known(why)
    }
}

impl From<AgendaItem> for WhyOf {
    fn from(item: AgendaItem) -> Self {
        WhyOf::Agenda(item)
    }
}

impl WhyOf {
    fn rule(&self) -> RuleId {
        match self {
            WhyOf::Known(w) => w.rule,
            WhyOf::Agenda(i) => i.rule,
        }
    }
}

/// The working behind `value`, as the engine recorded it in `why`.
#[component]
pub fn WhyBox(
    /// The rule and its inputs, or the agenda item to look them up for.
    #[prop(into)]
    why: WhyOf,
    /// The date they produced.
    value: NaiveDate,
) -> impl IntoView {
    let ui = use_ui();
    let data = use_data();
    let explained = explains(why.rule());
    let open = RwSignal::new(false);
    let toggle = move |ev: leptos::ev::Event| {
        let shown = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .is_some_and(|e| e.has_attribute("open"));
        open.set(shown);
    };
    let body = move || {
        if !open.get() {
            return None;
        }
        let known = match &why {
            WhyOf::Known(w) => Some(w.clone()),
            WhyOf::Agenda(item) => explain(&data.data.read_untracked(), item, data.today()),
        }?;
        Some(Suspend::new(why_body(known, value)))
    };
    explained.then(|| {
        view! {
            <details class="why" on:toggle=toggle>
                <summary>{move || ui.lang.get().t(Msg::WhyTitle)}</summary>
                {body}
            </details>
        }
    })
}

/// The opened disclosure's text, in the page's language, once its texts
/// (catalog part `why`) are there.
#[cfg_attr(feature = "split", lazy)]
async fn why_body(why: Why, value: NaiveDate) -> AnyView {
    let ui = use_ui();
    let lang = ui.lang.get_untracked();
    if !send_wrapper::SendWrapper::new(crate::ui::browser::catalog::ensure_part(lang, "why")).await
    {
        return view! { <p class="notice error" role="alert">{crate::ui::browser::catalog::UNAVAILABLE}</p> }
            .into_any();
    }
    (move || {
        let w = working(ui.lang.get(), &why, value)?;
        Some(view! {
            <p>{w.sum} " " <RuleLink rule=w.rule/></p>
            {w.estimate.map(|e| view! { <p class="estimate">{e}</p> })}
        })
    })
    .into_any()
}
