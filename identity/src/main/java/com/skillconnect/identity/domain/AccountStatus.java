package com.skillconnect.identity.domain;

/** A pending account waits for its e-mail OTP and cannot log in; an active one can. */
public enum AccountStatus { PENDING, ACTIVE }
