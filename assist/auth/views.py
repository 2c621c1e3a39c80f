"""Signing in and out, the session's keep-alive, the start page and the account page."""

from flask import current_app, flash, jsonify, redirect, render_template, request, url_for
from flask_login import current_user

from assist import accounts, audit, clock
from assist.access import Access, allow
from assist.auth import bp
from assist.auth.forms import ChangePasswordForm, SignInForm, SignOutEverywhereForm
from assist.extensions import db, limiter
from assist.forms import form_for
from assist.navigation import dashboard_endpoint
from assist.rate_limits import sign_in_limit, sign_in_refused
from assist.safe_paths import path_on_this_site
from assist.sessions import end_all_sessions, seconds_left, sign_out, start_session

SIGN_IN_FAILED = (
    "Enter a correct email address and password. After 10 wrong attempts an account is "
    "locked and your administrator must unlock it."
)
REASON_MESSAGES = {
    "idle": "You were signed out because you did not do anything for a while.",
    "absolute": "You were signed out because you had been signed in for the maximum time.",
    "disabled": "Your account has been disabled. Contact your administrator.",
    "signed_out": "You have signed out.",
}


@bp.get("/")
@allow(Access.ANONYMOUS)
def start():
    if current_user.is_authenticated:
        return redirect(url_for(dashboard_endpoint(current_user)))
    return redirect(url_for("auth.sign_in"))


@bp.route("/sign-in", methods=["GET", "POST"])
@allow(Access.ANONYMOUS)
@limiter.limit(sign_in_limit, methods=["POST"], deduct_when=sign_in_refused)
def sign_in():
    form = SignInForm()
    reason_message = REASON_MESSAGES.get(request.args.get("reason", ""))
    if form.validate_on_submit():
        result = accounts.authenticate(
            db.session, current_app.config, form.email.data, form.password.data
        )
        if result.ok:
            start_session(result.user)
            audit.record("sign_in", result.user, user=result.user)
            db.session.commit()
            next_page = path_on_this_site(request.args.get("next", ""))
            return redirect(next_page or url_for(dashboard_endpoint(result.user)))
        audit.record("sign_in_refused", user=result.user, detail=result.outcome)
        db.session.commit()
        if result.outcome == "disabled":
            form.email.errors.append(REASON_MESSAGES["disabled"])
        else:
            form.email.errors.append(SIGN_IN_FAILED)
    return render_template("auth/sign_in.html", form=form, reason_message=reason_message)


@bp.post("/sign-out")
@allow(Access.SIGNED_IN)
def sign_out_view():
    timed_out = request.form.get("reason") == "idle"
    audit.record("sign_out", current_user, detail="timeout" if timed_out else None)
    sign_out(current_user, reason="idle" if timed_out else "signed_out")
    db.session.commit()
    if timed_out:
        return redirect(url_for("auth.sign_in", reason="idle"))
    return redirect(url_for("auth.signed_out"))


@bp.get("/signed-out")
@allow(Access.ANONYMOUS)
def signed_out():
    return render_template("auth/signed_out.html")


@bp.post("/session/keep-alive")
@allow(Access.SIGNED_IN)
def keep_alive():
    # "Stay signed in" is activity now, whenever the last request was counted.
    current_user.current_session.last_seen_at = clock.now()
    db.session.commit()
    return jsonify(seconds_left=seconds_left(current_user.current_session))


@bp.get("/session/status")
@allow(Access.SIGNED_IN)
def session_status():
    return jsonify(seconds_left=seconds_left(current_user.current_session))


@bp.route("/account/password", methods=["GET", "POST"])
@allow(Access.SIGNED_IN)
def change_password():
    form = form_for(ChangePasswordForm)
    if form.validate_on_submit():
        config = current_app.config
        if not accounts.password_matches(config, current_user, form.current_password.data):
            form.current_password.errors.append("Your current password is not correct")
        elif problem := accounts.password_problem(
            form.new_password.data, email=current_user.email, name=current_user.name
        ):
            form.new_password.errors.append(problem)
        else:
            current_user.password_hash = accounts.hash_password(config, form.new_password.data)
            # Whoever knew the old password is signed out wherever they are; this browser stays.
            end_all_sessions(current_user, "password_changed", keep=current_user.current_session)
            audit.record("password_changed", current_user)
            db.session.commit()
            flash(
                "Your password has been changed. You have been signed out on every other "
                "browser and device.",
                "success",
            )
            return redirect(url_for(dashboard_endpoint(current_user)))
    return render_template(
        "auth/change_password.html", form=form, everywhere=form_for(SignOutEverywhereForm)
    )


@bp.post("/sign-out-everywhere")
@allow(Access.SIGNED_IN)
def sign_out_everywhere():
    """For a lost phone or a shared computer: end every session of this account at once."""
    if not form_for(SignOutEverywhereForm).validate_on_submit():
        return redirect(url_for("auth.change_password"))
    audit.record("sign_out_everywhere", current_user)
    end_all_sessions(current_user, "signed_out_everywhere")
    sign_out(current_user, reason="signed_out_everywhere")
    db.session.commit()
    flash("You have been signed out on every browser and device, this one included.", "success")
    return redirect(url_for("auth.signed_out"))


@bp.get("/accessibility")
@allow(Access.ANONYMOUS)
def accessibility():
    return render_template("auth/accessibility.html")
