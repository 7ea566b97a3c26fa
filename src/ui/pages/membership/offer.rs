//! What the offer itself decides: when a bought membership and its benefits end
//! (R22), whether a retired offer can still renew (R25), and until when the
//! purchase can be refunded (R26).

use leptos::prelude::*;

use crate::i18n::{Lang, Msg, fill, format_date, offer_label};
use crate::model::Membership;
use crate::rules::RuleId;
use crate::rules::program::{
    Renewability, SUCCESSORS, membership_dates, refund_until, renewability,
};
use crate::ui::components::RuleLink;
use crate::ui::data::use_data;
use crate::ui::state::use_ui;

/// The offer's dates and warnings; nothing when none applies.
#[component]
pub fn OfferFacts() -> impl IntoView {
    let ui = use_ui();
    let data = use_data();
    let today = data.today;
    let membership = Memo::new(move |_| data.data.with(|d| d.membership.clone()));
    move || {
        let lang = ui.lang.get();
        let m = membership.get()?;
        let lines: Vec<AnyView> = [ends(lang, &m), retired(lang, &m), refund(lang, &m, today)]
            .into_iter()
            .flatten()
            .collect();
        (!lines.is_empty()).then(|| view! { <section class="card offer-facts">{lines}</section> })
    }
}

/// R22: the membership's and its benefits' last days, from the purchase.
fn ends(lang: Lang, m: &Membership) -> Option<AnyView> {
    let d = membership_dates(m.purchased?).ok()?.value;
    let text = fill(
        lang.t(Msg::MembershipEnds),
        &[
            ("end", &format_date(lang, d.membership_end)),
            ("benefits", &format_date(lang, d.benefits_end)),
        ],
    );
    Some(view! { <p class="offer-ends">{text} " " <RuleLink rule=RuleId::R22/></p> }.into_any())
}

/// R25: a retired offer whose anniversary is past the cut-off cannot renew.
fn retired(lang: Lang, m: &Membership) -> Option<AnyView> {
    (renewability(m.offer, m.anniversary?).value == Renewability::Retired).then(|| {
        let names: Vec<&str> = SUCCESSORS.iter().map(|o| lang.t(offer_label(*o))).collect();
        let text = fill(
            lang.t(Msg::OfferCannotRenew),
            &[
                ("offer", lang.t(offer_label(m.offer))),
                ("successors", &names.join(", ")),
            ],
        );
        view! { <p class="notice warning offer-retired" role="alert">{text} " " <RuleLink rule=RuleId::R25/></p> }
            .into_any()
    })
}

/// R26: the refund window, while it is open.
fn refund(lang: Lang, m: &Membership, today: chrono::NaiveDate) -> Option<AnyView> {
    let purchased = m.purchased?;
    let last = refund_until(purchased).ok()?.value;
    (purchased <= today && today <= last).then(|| {
        let text = fill(
            lang.t(Msg::RefundOpen),
            &[("last", &format_date(lang, last))],
        );
        view! { <p class="offer-refund">{text} " " <RuleLink rule=RuleId::R26/></p> }.into_any()
    })
}
