//! The plan's change history, newest first.

use super::use_state;
use leptos::prelude::*;

#[component]
pub fn HistoryView() -> impl IntoView {
    let state = use_state();
    let t = move || state.t();
    let rows = move || {
        let t = t();
        state.plan.with(|p| {
            if p.history.is_empty() {
                return view! { <p class="empty">{t.history_empty}</p> }.into_any();
            }
            let rows = p
                .history
                .iter()
                .rev()
                .map(|c| {
                    let when = c.at.replace('T', " ").chars().take(19).collect::<String>();
                    let who = match (c.by.is_empty(), c.unit.is_empty()) {
                        (true, true) => t.anonymous.to_string(),
                        (false, true) => c.by.clone(),
                        (true, false) => c.unit.clone(),
                        (false, false) => format!("{} · {}", c.by, c.unit),
                    };
                    let what = (t.history.sentence)(c);
                    view! {
                        <tr>
                            <td class="date"><time datetime=c.at.clone()>{when}</time></td>
                            <td>{who}</td>
                            <th scope="row" class="title">{what}</th>
                        </tr>
                    }
                })
                .collect_view();
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
            }
            .into_any()
        })
    };
    view! {
        <h1 class="page-title">{move || t().history_title}</h1>
        {rows}
    }
}
