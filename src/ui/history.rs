//! The plan's change history, newest first, a page at a time; a removal
//! that can still be brought back has its button ([`crate::removed`]).

use super::state::use_state;
use crate::model::Change;
use crate::removed::{check, Hold};
use leptos::prelude::*;

/// How many changes are shown at first, and added by "Show more".
const PAGE: usize = 200;

/// What a history row offers about the removal it records.
#[derive(Clone, PartialEq)]
enum Offer {
    Nothing,
    BringBack,
    Changed,
}

#[component]
pub fn HistoryView() -> impl IntoView {
    let state = use_state();
    let t = move || state.t();
    let shown = RwSignal::new(PAGE);
    let rows = move || {
        let t = t();
        let limit = shown.get();
        let removed = state.removed();
        state.plan.with(|p| {
            if p.history.is_empty() {
                return view! { <p class="empty">{t.history_empty}</p> }.into_any();
            }
            let total = p.history.len();
            let rows = p
                .history
                .iter()
                .rev()
                .take(limit)
                .map(|c| {
                    let offer = match removed.iter().rev().find(|r| r.entry == *c) {
                        None => Offer::Nothing,
                        Some(r) => match check(p, r) {
                            Hold::Ready => Offer::BringBack,
                            Hold::Back => Offer::Nothing,
                            Hold::Changed { .. } => Offer::Changed,
                        },
                    };
                    row(c, offer)
                })
                .collect_view();
            let more = (total > limit).then(|| {
                let next = PAGE.min(total - limit);
                view! {
                    <div class="history-more">
                        <p>{(t.history_shown)(limit, total)}</p>
                        <button type="button" on:click=move |_| shown.update(|n| *n += PAGE)>
                            {(t.history_more)(next)}
                        </button>
                    </div>
                }
            });
            view! {
                <div class="card table-wrap">
                    <table class="grid-table">
                        <thead>
                            <tr>
                                <th scope="col">{t.col_when}</th>
                                <th scope="col">{t.col_who}</th>
                                <th scope="col">{t.col_what}</th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
                {more}
            }
            .into_any()
        })
    };
    view! {
        <h1 class="page-title">{move || t().history_title}</h1>
        {rows}
    }
}

/// One change: when, who, what it did, and what can still be done about it.
fn row(c: &Change, offer: Offer) -> impl IntoView {
    let state = use_state();
    let t = state.t();
    let when = c.at.replace('T', " ").chars().take(19).collect::<String>();
    let who = match (c.by.is_empty(), c.unit.is_empty()) {
        (true, true) => t.anonymous.to_string(),
        (false, true) => c.by.clone(),
        (true, false) => c.unit.clone(),
        (false, false) => format!("{} · {}", c.by, c.unit),
    };
    let what = (t.history.sentence)(c);
    let action = match offer {
        Offer::Nothing => None,
        Offer::BringBack => {
            let entry = c.clone();
            let label = format!("{}: {what}", t.bring_back);
            Some(
                view! {
                    <button type="button" class="quiet history-bring-back" aria-label=label
                        on:click=move |_| state.bring_back(&entry)>
                        {t.bring_back}
                    </button>
                }
                .into_any(),
            )
        }
        Offer::Changed => {
            Some(view! { <span class="history-changed">{t.bring_back_changed}</span> }.into_any())
        }
    };
    view! {
        <tr>
            <td class="date"><time datetime=c.at.clone()>{when}</time></td>
            <td>{who}</td>
            <th scope="row" class="title">{what}{action}</th>
        </tr>
    }
}
