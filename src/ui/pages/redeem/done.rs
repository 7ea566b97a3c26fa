//! Step 6: recorded; how long the key works (R2) and until when a replacement
//! can be asked for (R9).

use leptos::prelude::*;

use crate::i18n::words::mode_name;
use crate::i18n::{Msg, fill, format_date, format_days};
use crate::rules::RuleId;
use crate::rules::dates::days_between;
use crate::rules::keys::{key_end, replacement_deadline};
use crate::ui::components::{RuleLink, WhyBox};
use crate::ui::data::use_data;
use crate::ui::routes::{Choice, Page};
use crate::ui::state::use_ui;

/// What was recorded for the chosen key.
#[component]
pub fn DoneStep(
    /// What was chosen.
    choice: Choice,
) -> impl IntoView {
    let ui = use_ui();
    let data = use_data();
    let today = data.today();
    move || {
        let lang = ui.lang.get();
        let found = data.data.with(|d| {
            d.keys
                .iter()
                .find(|k| Some(k.id) == choice.key)
                .and_then(|k| {
                    let until = key_end(k, &d.subscriptions);
                    Some((k.product.clone(), k.redemption.clone()?, until))
                })
        });
        let Some((product, r, until)) = found else {
            return view! { <p class="card empty-state">{lang.t(Msg::WzGone)}</p> }.into_any();
        };
        let replace = replacement_deadline(r.on).ok();
        let recorded = fill(
            lang.t(Msg::WzRecorded),
            &[
                ("product", &product),
                ("date", &format_date(lang, r.on)),
                ("way", lang.t(mode_name(r.mode))),
            ],
        );
        view! {
            <div class="card wizard-step done" role="status">
                <h2>{recorded}</h2>
                {until.map(|u| view! {
                    <p>{fill(lang.t(Msg::WzUsableUntil), &[("date", &format_date(lang, u.value))])} " " <RuleLink rule=u.why.rule/></p>
                    <WhyBox why=u.why value=u.value/>
                })}
                {replace.map(|x| view! {
                    <p class="replacement">{fill(lang.t(Msg::WzReplaceUntil), &[("date", &format_date(lang, x.value)), ("days", &format_days(lang, days_between(today, x.value).max(0)))])}
                        " " <RuleLink rule=RuleId::R9/></p>
                    <WhyBox why=x.why value=x.value/>
                })}
                <p class="actions">
                    <a class="button" href=ui.href(Page::Keys.path())>{lang.t(Msg::NavKeys)}</a>
                    <a class="button secondary" href=ui.href(Page::Subscriptions.path())>{lang.t(Msg::NavSubscriptions)}</a>
                </p>
            </div>
        }
        .into_any()
    }
}
