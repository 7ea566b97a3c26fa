//! What the offer itself decides: when a bought membership and its benefits end
//! (R22), whether a retired offer can still renew (R25), and until when the
//! purchase can be refunded (R26).

use leptos::prelude::*;

use crate::i18n::{Lang, Msg, fill, format_date, offer_label};
use crate::model::Membership;
use crate::rules::RuleId;
use crate::rules::program::{
    RefundVoid, Renewability, SUCCESSORS, benefits_end, membership_end, offer_end, refund,
    renewability,
};
use crate::ui::components::{RuleLink, WhyBox};
use crate::ui::data::use_data;
use crate::ui::state::use_ui;

/// The offer's dates and warnings; nothing when none applies.
#[component]
pub fn OfferFacts() -> impl IntoView {
    let ui = use_ui();
    let data = use_data();
    let today = data.today();
    let membership = Memo::new(move |_| data.data.with(|d| d.membership.clone()));
    move || {
        let lang = ui.lang.get();
        let m = membership.get()?;
        let refund = data.data.with(refund);
        let lines: Vec<AnyView> = [
            ends(lang, &m),
            retired(lang, &m),
            refund_line(lang, refund, today),
        ]
        .into_iter()
        .flatten()
        .collect();
        (!lines.is_empty()).then(|| view! { <section class="card offer-facts">{lines}</section> })
    }
}

/// R22: the membership's one end and its benefits' last day, from the same
/// facts as every other page (the anniversary, else purchase + 365 days).
fn ends(lang: Lang, m: &Membership) -> Option<AnyView> {
    let end = membership_end(m)?;
    let benefits = benefits_end(m)?;
    let text = fill(
        lang.t(Msg::MembershipEnds),
        &[
            ("end", &format_date(lang, end.value)),
            ("benefits", &format_date(lang, benefits.value)),
        ],
    );
    Some(view! { <p class="offer-ends">{text} " " <RuleLink rule=RuleId::R22/> <WhyBox why=end.why value=end.value/></p> }.into_any())
}

/// R25: a retired offer whose anniversary is past the cut-off cannot renew.
fn retired(lang: Lang, m: &Membership) -> Option<AnyView> {
    (renewability(m.offer, offer_end(m)?).value == Renewability::Retired).then(|| {
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

/// R26: the refund window while it is open, from the engine: open, or void
/// because the data shows a benefit already used.
fn refund_line(
    lang: Lang,
    refund: Option<crate::rules::program::Refund>,
    today: chrono::NaiveDate,
) -> Option<AnyView> {
    let r = refund?;
    let last = r.last_day.value;
    (r.purchased <= today && today <= last).then(|| {
        let text = match r.void {
            None => fill(
                lang.t(Msg::RefundOpen),
                &[("last", &format_date(lang, last))],
            ),
            Some(v) => {
                let what = match v {
                    RefundVoid::KeyRedeemed => Msg::RefundVoidKey,
                    RefundVoid::BenefitRedeemed => Msg::RefundVoidBenefit,
                    RefundVoid::SeatAssigned => Msg::RefundVoidSeat,
                    RefundVoid::SupportActivated => Msg::RefundVoidSupport,
                };
                fill(lang.t(Msg::RefundVoid), &[("what", lang.t(what))])
            }
        };
        view! { <p class="offer-refund">{text} " " <RuleLink rule=RuleId::R26/></p> }.into_any()
    })
}
