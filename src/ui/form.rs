//! What every form and action button shares: sending a command and saying
//! how it went.

use super::state::AppState;
use crate::command::{Command, CommandError};
use crate::validate::Problem;
use leptos::prelude::*;

/// Send `cmd`; on success say `ok`, on a rule broken keep the problems for
/// the fields, on any other refusal say why. True when it was applied.
pub(crate) fn send(
    state: AppState,
    cmd: Command,
    refused: Option<RwSignal<Vec<Problem>>>,
    ok: impl Into<String>,
) -> bool {
    match state.dispatch(cmd) {
        Ok(()) => {
            if let Some(r) = refused {
                r.set(Vec::new());
            }
            state.info(ok.into());
            true
        }
        Err(CommandError::Invalid(ps)) if refused.is_some() => {
            if let Some(r) = refused {
                r.set(ps);
            }
            false
        }
        Err(e) => {
            state.error(state.t().command_error(&e), Vec::new());
            false
        }
    }
}
