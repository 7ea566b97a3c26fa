//! The people seats and credits go to: added here or by the CSV import in
//! Settings.

use crate::ledger::Facts;
use leptos::prelude::*;

use crate::i18n::{Msg, fill};
use crate::ledger::change::holds_seat;
use crate::model::UserSource;
use crate::model::form::UserDraft;
use crate::model::validate::Field as F;
use crate::ui::components::form::{Field, problem_of, problems_after_submit};
use crate::ui::components::{Pager, page_slice};

/// Users listed per page: an Entra import may bring thousands.
const USERS_PER_PAGE: usize = 50;
use crate::ui::data::use_data;
use crate::ui::state::use_ui;

/// The user list and the form that adds one.
#[component]
pub fn Users() -> impl IntoView {
    let ui = use_ui();
    let data = use_data();
    let page = RwSignal::new(0usize);
    view! {
        <section class="card users" id="users" aria-labelledby="users-title">
            <h2 id="users-title">{ui.t(Msg::VsUsersTitle)}</h2>
            <p>{ui.t(Msg::VsUsersText)} " " <a href=ui.href("/settings#csv")>{ui.t(Msg::VsUsersImport)}</a></p>
            <Show when=move || data.data.with(|d| !d.users.is_empty()) fallback=move || view! {
                <p class="empty-state">{ui.t(Msg::VsNoUsers)}</p>
            }>
                <UserTable page/>
                <Pager page count=Signal::derive(move || data.data.with(|d| d.users.len())) per_page=USERS_PER_PAGE/>
            </Show>
            <AddUser/>
        </section>
    }
}

/// The users, a page at a time, with where each record came from; one who
/// holds no seat can be removed.
#[component]
fn UserTable(
    /// The page shown (0-based).
    page: RwSignal<usize>,
) -> impl IntoView {
    let ui = use_ui();
    let data = use_data();
    let rows = move || {
        let lang = ui.lang.get();
        data.data.with(|d| {
            page_slice(&d.users, page.get(), USERS_PER_PAGE)
                .iter()
                .map(|u| {
                    let uid = u.id;
                    let remove = move |_| {
                        let _ = data.record(Msg::ChangeUserRemoved, Facts::RemoveUser { id: uid });
                    };
                    let action = if holds_seat(d, uid) {
                        view! { <span class="muted">{lang.t(Msg::VsHoldsSeat)}</span> }.into_any()
                    } else {
                        let label = fill(lang.t(Msg::VsRemoveUserNamed), &[("name", &u.name)]);
                        view! { <button type="button" class="secondary small" on:click=remove aria-label=label>{lang.t(Msg::VsRemoveUser)}</button> }.into_any()
                    };
                    view! {
                        <tr>
                            <td>{u.name.clone()}</td>
                            <td>{u.email.clone()}</td>
                            <td>{lang.t(user_source_name(u.source))}</td>
                            <td>{action}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <div class="table-wrap"><table>
            <thead><tr>
                <th scope="col">{ui.t(Msg::UserName)}</th>
                <th scope="col">{ui.t(Msg::UserEmail)}</th>
                <th scope="col">{ui.t(Msg::UserSourceLabel)}</th>
                <th scope="col"><span class="visually-hidden">{ui.t(Msg::VsActions)}</span></th>
            </tr></thead>
            <tbody>{rows}</tbody>
        </table></div>
    }
}

/// Adding a user by hand: a [`UserDraft`] checked at each field.
#[component]
fn AddUser() -> impl IntoView {
    let ui = use_ui();
    let data = use_data();
    let (name, email) = (RwSignal::new(String::new()), RwSignal::new(String::new()));
    let tried = RwSignal::new(false);
    let check = move || {
        let draft = UserDraft {
            name: name.get(),
            email: email.get(),
        };
        data.data.with(|d| draft.check(d))
    };
    let errors = problems_after_submit(tried, move || check().err());
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        tried.set(true);
        let Ok(user) = untrack(check) else { return };
        let _ = data.record(Msg::ChangeUserAdded, Facts::AddUser { user });
        name.set(String::new());
        email.set(String::new());
        tried.set(false);
    };
    view! {
        <form class="user-form" on:submit=on_submit novalidate>
            <h3>{ui.t(Msg::VsAddUserTitle)}</h3>
            <Field id="user-name" label=Msg::UserName value=name error=problem_of(errors, F::Name)/>
            <Field id="user-email" label=Msg::UserEmail value=email kind="email" error=problem_of(errors, F::Email)/>
            <p class="actions"><button type="submit">{ui.t(Msg::VsAddUser)}</button></p>
        </form>
    }
}

/// Where a user record came from.
fn user_source_name(source: UserSource) -> Msg {
    match source {
        UserSource::Manual => Msg::SourceManual,
        UserSource::PartnerCenter => Msg::SourcePartnerCenter,
        UserSource::AzureAd => Msg::SourceAzureAd,
    }
}
