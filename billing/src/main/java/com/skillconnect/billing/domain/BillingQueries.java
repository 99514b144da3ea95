package com.skillconnect.billing.domain;

import com.skillconnect.billing.PaymentRequestId;
import com.skillconnect.billing.domain.BillingViews.ActiveContract;
import com.skillconnect.billing.domain.BillingViews.FreelancerCard;
import com.skillconnect.billing.domain.BillingViews.PaymentPage;
import com.skillconnect.billing.domain.BillingViews.PaymentRequestView;
import com.skillconnect.identity.UserId;
import java.util.List;
import java.util.Optional;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** Billing's read side: lists with titles and names, one SQL statement each. */
@SecondaryPort
public interface BillingQueries {

    /** The user's accepted contracts (as either party), newest first. */
    List<ActiveContract> active(UserId user, int limit);

    /** The distinct freelancers of the client's accepted contracts, by name. */
    List<FreelancerCard> uniqueFreelancers(UserId client, int limit);

    /** The payment request, if the user is its freelancer or its payer. */
    Optional<PaymentRequestView> payment(PaymentRequestId id, UserId user);

    /** The user's payment requests (asked or addressed to them), newest first. */
    PaymentPage payments(UserId user, long offset, int limit);
}
