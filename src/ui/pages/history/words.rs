//! The words of an event: its kind, the record it touched, its status.

use crate::i18n::{Lang, Msg, format_date};
use crate::ledger::{Facts, Past};
use crate::model::Dataset;

/// What kind of change it was, in words.
pub fn kind_label(f: &Facts) -> Msg {
    match f {
        Facts::AsItStood { .. } => Msg::EvAsItStood,
        Facts::Sample { .. } => Msg::EvSample,
        Facts::RemoveSample => Msg::EvRemoveSample,
        Facts::Void { .. } => Msg::EvVoid,
        Facts::AddBenefit { .. } => Msg::EvAddBenefit,
        Facts::RemoveBenefit { .. } => Msg::EvRemoveBenefit,
        Facts::RecordKeyless { .. } => Msg::EvRecordKeyless,
        Facts::AddKey { .. } => Msg::EvAddKey,
        Facts::EditKey { .. } => Msg::EvEditKey,
        Facts::DeleteKey { .. } => Msg::EvDeleteKey,
        Facts::AskReplacement { .. } => Msg::EvAskReplacement,
        Facts::LinkReplacement { .. } => Msg::EvLinkReplacement,
        Facts::Redeem { .. } => Msg::EvRedeem,
        Facts::AddUser { .. } => Msg::EvAddUser,
        Facts::ImportUsers { .. } => Msg::EvImportUsers,
        Facts::RemoveUser { .. } => Msg::EvRemoveUser,
        Facts::AddSeats { .. } => Msg::EvAddSeats,
        Facts::SetSeatActivation { .. } => Msg::EvSetSeatActivation,
        Facts::AssignSeat { .. } => Msg::EvAssignSeat,
        Facts::ReleaseSeat { .. } => Msg::EvReleaseSeat,
        Facts::RemoveSeat { .. } => Msg::EvRemoveSeat,
        Facts::ImportPortalSeats { .. } => Msg::EvImportPortalSeats,
        Facts::AddSubscription { .. } => Msg::EvAddSubscription,
        Facts::Batch { .. } => Msg::EvBatch,
        Facts::AddCredit { .. } => Msg::EvAddCredit,
        Facts::SetOffers { .. } => Msg::EvSetOffers,
        Facts::GiveCredit { .. } => Msg::EvGiveCredit,
        Facts::SetCreditProfile { .. } => Msg::EvSetCreditProfile,
        Facts::TakeBackCredit { .. } => Msg::EvTakeBackCredit,
        Facts::SaveMembership { .. } => Msg::EvSaveMembership,
        Facts::AddCompetency { .. } => Msg::EvAddCompetency,
        Facts::RemoveCompetency { .. } => Msg::EvRemoveCompetency,
        Facts::SetReading { .. } => Msg::EvSetReading,
        Facts::Renew { .. } => Msg::EvRenew,
        Facts::MarkReassigned { .. } => Msg::EvMarkReassigned,
        Facts::SaveSupport { .. } => Msg::EvSaveSupport,
        Facts::CountIncidents { .. } => Msg::EvCountIncidents,
        Facts::CountSupport { .. } => Msg::EvCountSupport,
        Facts::StartContractYear { .. } => Msg::EvStartContractYear,
        Facts::Vault { .. } => Msg::EvVault,
        Facts::Before { what, .. } => match what {
            Past::Renewed => Msg::EvRenew,
            Past::Redeemed => Msg::EvRedeem,
            Past::RedeemedKeyless => Msg::EvRecordKeyless,
            Past::ReplacementAsked => Msg::EvAskReplacement,
            Past::SeatAssigned => Msg::EvAssignSeat,
            Past::SeatReleased => Msg::EvReleaseSeat,
            Past::CreditGiven => Msg::EvGiveCredit,
            Past::CreditMoved => Msg::EvPastCreditMoved,
            Past::SupportActivated => Msg::EvPastSupportActivated,
        },
        Facts::Unknown(_) => Msg::EvUnknown,
    }
}

/// The record a change touched, as the data names it now (a name, a
/// product, a count); empty when there is nothing to add to its kind.
pub fn detail(lang: Lang, f: &Facts, d: &Dataset) -> String {
    let user = |id: &u64| d.users.iter().find(|u| u.id == *id).map(|u| u.name.clone());
    let key = |id: &u64| {
        d.keys
            .iter()
            .find(|k| k.id == *id)
            .map(|k| k.product.clone())
    };
    let day = |on| format_date(lang, on);
    match f {
        Facts::AddKey { fields, .. } | Facts::EditKey { fields, .. } => fields.product.clone(),
        Facts::AddSubscription { subscription: s } => {
            format!("{} × {} · {}", s.product, s.licenses, day(s.end))
        }
        Facts::AddUser { user } => format!("{} <{}>", user.name, user.email),
        Facts::ImportUsers { users, .. } => users.len().to_string(),
        Facts::ImportPortalSeats { rows } => rows.split('\u{1e}').count().to_string(),
        // Its steps by kind: "Product key added × 12 · Redeemed × 3".
        Facts::Batch { facts } => {
            let mut kinds: Vec<(Msg, usize)> = Vec::new();
            for f in facts {
                let (label, count) = match f {
                    Facts::ImportPortalSeats { rows } => {
                        (Msg::EvSheetSeats, rows.split('\u{1e}').count())
                    }
                    f => (kind_label(f), 1),
                };
                match kinds.iter_mut().find(|(k, _)| *k == label) {
                    Some((_, n)) => *n += count,
                    None => kinds.push((label, count)),
                }
            }
            let parts: Vec<String> = kinds
                .iter()
                .map(|(k, n)| format!("{} × {n}", lang.t(*k)))
                .collect();
            parts.join(" · ")
        }
        Facts::AddSeats { n, level } => format!("{n} × {level:?}"),
        Facts::AddBenefit { product, quantity } => format!("{product} × {quantity}"),
        Facts::Redeem { request } => {
            let product = key(&request.key).unwrap_or_default();
            format!("{product} · {} · {:?}", day(request.on), request.mode)
        }
        Facts::AssignSeat { user: u, on, .. } | Facts::GiveCredit { user: u, on, .. } => {
            format!("{} · {}", user(u).unwrap_or_default(), day(*on))
        }
        Facts::RemoveUser { id } | Facts::SetOffers { user: id, .. } => {
            user(id).unwrap_or_default()
        }
        Facts::DeleteKey { id } => key(id).unwrap_or_default(),
        Facts::AskReplacement { key: k, on, .. } | Facts::RecordKeyless { id: k, on, .. } => {
            format!("{} · {}", key(k).unwrap_or_default(), day(*on))
        }
        Facts::Renew { paid_on, .. } => day(*paid_on),
        Facts::SaveMembership { fields } => format!("{:?}", fields.offer),
        Facts::AddCredit { credit } => format!("{:?} · {}", credit.kind, credit.amount),
        Facts::CountIncidents { by } | Facts::CountSupport { by, .. } => format!("{by:+}"),
        // Named as they were then; a renewal's new anniversary in the reader's words.
        Facts::Before {
            what,
            record,
            other,
        } => {
            let other = match (what, crate::model::iso::parse(other)) {
                (Past::Renewed, Some(on)) => day(on),
                _ => other.clone(),
            };
            [record.as_str(), other.as_str()]
                .into_iter()
                .filter(|x| !x.is_empty())
                .collect::<Vec<_>>()
                .join(" · ")
        }
        Facts::AsItStood { data } => format!(
            "{} · {} · {}",
            data.keys.len(),
            data.users.len(),
            data.vs_seats.len()
        ),
        _ => String::new(),
    }
}

/// When it was recorded: the day in the reader's language and the time (UTC).
pub fn recorded(lang: Lang, at: &str) -> String {
    let day = at.get(..10).and_then(crate::model::iso::parse);
    match (day, at.get(11..16)) {
        (Some(d), Some(t)) => format!("{} {t} UTC", format_date(lang, d)),
        _ => at.to_owned(),
    }
}
