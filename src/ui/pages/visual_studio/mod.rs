//! Visual Studio seats (R3, R12–R14): the default entitlement of the program
//! level, seats to assign to the people in the user list, the 90-day lock before
//! a seat can move (with the exact date it opens), each seat's history, and the
//! 30-day grace after the renewal date.

mod import;
mod seat;
mod users;

use crate::ledger::Facts;
use leptos::prelude::*;

use super::Page;
use crate::i18n::words::vs_level_name;
use crate::i18n::{Msg, fill, offer_label};
use crate::model::VsLevel;
use crate::rules::RuleId;
use crate::rules::visual_studio::entitlement;
use crate::ui::components::{PageFrame, Pager, RuleLink, page_slice};
use crate::ui::data::use_data;
use crate::ui::state::use_ui;
use import::PortalImport;
use seat::SeatRow;
use users::Users;

/// Seats listed per page.
const SEATS_PER_PAGE: usize = 10;

lazy_page! {
    /// The Visual Studio page.
    VisualStudioPage => visual_studio_page
}

/// Loaded on first visit: see `docs/architecture.md`, "Lazy pages".
#[cfg_attr(feature = "split", lazy)]
async fn visual_studio_page() -> AnyView {
    let ui = use_ui();
    let data = use_data();
    // What the last action means for the admin, read out and kept on screen.
    let said = RwSignal::new(None::<String>);
    // A page of seats at a time: a partner may hold 150 (or, imported, thousands).
    let page = RwSignal::new(0usize);
    let seats = move || {
        data.data.with(|d| {
            page_slice(&d.vs_seats, page.get(), SEATS_PER_PAGE)
                .iter()
                .map(|s| s.id)
                .collect::<Vec<_>>()
        })
    };
    view! {
        <PageFrame page=Page::VisualStudio>
            <Entitlements said page/>
            <p class="card next-step" role="status" hidden=move || said.with(Option::is_none)>{move || said.get()}</p>
            <h2 id="seats-title">{ui.t(Msg::VsSeatsTitle)}</h2>
            <Show when=move || data.data.with(|d| !d.vs_seats.is_empty()) fallback=move || view! {
                <p class="card empty-state">{ui.t(Msg::VsNoSeats)}</p>
            }>
                <ol class="seat-list" aria-labelledby="seats-title">
                    <For each=seats key=|id| *id let:id>
                        <SeatRow id said/>
                    </For>
                </ol>
                <Pager page count=Signal::derive(move || data.data.with(|d| d.vs_seats.len())) per_page=SEATS_PER_PAGE/>
            </Show>
            <PortalImport said/>
            <Users/>
        </PageFrame>
    }
    .into_any()
}

/// The default entitlement of the program level and the seats recorded, with
/// buttons to add seats.
#[component]
fn Entitlements(
    /// The page's message line, cleared by adding seats.
    said: RwSignal<Option<String>>,
    /// The page of seats shown: the last after adding, where the new ones are.
    page: RwSignal<usize>,
) -> impl IntoView {
    let ui = use_ui();
    let data = use_data();
    let add = Callback::new(move |(level, n): (VsLevel, usize)| {
        let _ = data.record(Msg::ChangeSeatsAdded, Facts::AddSeats { level, n });
        said.set(None);
        page.set(usize::MAX);
    });
    let new_level = RwSignal::new(VsLevel::Enterprise);
    view! {
        <div class="card entitlement">
            <h2>{ui.t(Msg::VsEntitlementTitle)} " " <RuleLink rule=RuleId::R14/></h2>
            <DefaultSeats add/>
            <p>{move || fill(ui.lang.get().t(Msg::VsRecorded), &[("count", &data.data.with(|d| d.vs_seats.len()).to_string())])}</p>
            <p class="inline-form">
                <label for="new-seat-level">{ui.t(Msg::VsLevelLabel)}</label>
                <select id="new-seat-level" on:change=move |ev| new_level.set(
                    if event_target_value(&ev) == "professional" { VsLevel::Professional } else { VsLevel::Enterprise })>
                    <option value="enterprise">{ui.t(Msg::VsEnterprise)}</option>
                    <option value="professional">{ui.t(Msg::VsProfessional)}</option>
                </select>
                <button type="button" class="secondary" on:click=move |_| add.run((new_level.get_untracked(), 1))>{ui.t(Msg::VsAddSeat)}</button>
            </p>
        </div>
    }
}

/// R14's default for the program level, with a button to add the seats missing.
#[component]
fn DefaultSeats(
    /// Adds seats of a level.
    add: Callback<(VsLevel, usize)>,
) -> impl IntoView {
    let ui = use_ui();
    let data = use_data();
    let default = Memo::new(move |_| {
        data.data.with(|d| {
            d.membership.as_ref().map(|m| {
                let levels: Vec<_> = m.competencies.iter().map(|c| c.level).collect();
                (m.offer, entitlement(m.offer, &levels).map(|e| e.value))
            })
        })
    });
    move || {
        let lang = ui.lang.get();
        let Some((program, e)) = default.get() else {
            return view! {
                <p>{lang.t(Msg::VsNoMembership)} " "
                    <a href=ui.href(Page::Membership.path())>{lang.t(Msg::NavMembership)}</a></p>
            }
            .into_any();
        };
        let Some(e) = e else {
            let text = fill(
                lang.t(Msg::VsNotPublished),
                &[("program", lang.t(offer_label(program)))],
            );
            return view! { <p class="not-published">{text}</p> }.into_any();
        };
        let recorded = data.data.with(|d| d.vs_seats.len());
        let missing = (e.seats as usize).saturating_sub(recorded);
        // R14: more seats than the worldwide cap cannot all be real.
        let over_cap = (recorded > e.worldwide_cap as usize).then(|| {
            view! {
                <p class="notice warning over-cap" role="status">{fill(lang.t(Msg::VsOverCap), &[
                    ("count", &recorded.to_string()), ("cap", &e.worldwide_cap.to_string()),
                ])} " " <RuleLink rule=RuleId::R14/></p>
            }
        });
        view! {
            <p>{fill(lang.t(Msg::VsDefault), &[
                ("program", lang.t(offer_label(program))),
                ("count", &e.seats.to_string()),
                ("level", lang.t(vs_level_name(e.level))),
                ("cap", &e.worldwide_cap.to_string()),
            ])}</p>
            <p class="muted">{lang.t(Msg::VsDefaultNote)}</p>
            {over_cap}
            {(missing > 0).then(|| view! {
                <p><button type="button" on:click=move |_| add.run((e.level, missing))>
                    {fill(lang.t(Msg::VsAddMissing), &[("count", &missing.to_string())])}</button></p>
            })}
        }
        .into_any()
    }
}
