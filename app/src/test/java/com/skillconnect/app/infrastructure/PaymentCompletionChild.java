package com.skillconnect.app.infrastructure;

import com.skillconnect.SkillConnectApplication;
import com.skillconnect.billing.PaymentRequestId;
import com.skillconnect.billing.application.Contracting;
import com.skillconnect.billing.application.PaymentRequesting;
import com.skillconnect.billing.application.PaymentSettlement;
import com.skillconnect.billing.domain.BillingViews.PaymentRequestView;
import com.skillconnect.billing.domain.Contract;
import com.skillconnect.billing.domain.ContractStatus;
import com.skillconnect.billing.domain.ContractTerms;
import com.skillconnect.billing.domain.PaymentMethod;
import com.skillconnect.billing.domain.WorkflowStatus;
import com.skillconnect.identity.UserId;
import com.skillconnect.kernel.Money;
import com.skillconnect.marketplace.OrderId;
import com.skillconnect.marketplace.OrderPlaced;
import com.skillconnect.marketplace.OrderStatus;
import com.skillconnect.marketplace.OrderStatusChanged;
import com.skillconnect.marketplace.OrderType;
import com.skillconnect.talent.ClientId;
import com.skillconnect.talent.FreelancerId;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.OptionalLong;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The application of {@link PaymentCompletionKillNineTest}, in a JVM of its own so that the test can {@code kill -9}
 * it: it makes an accepted order, its accepted contract and a payment request of its freelancer (waiting until
 * conversations shows the request as a payment message), then holds the tables the completion's listeners write or
 * read (conversations' messages, billing's orders: {@code LOCK … IN ACCESS EXCLUSIVE MODE} in a transaction of its
 * own that it never ends), completes the request through {@link PaymentSettlement} (a verified payment), and prints
 * {@code PAID <request> <contract> <order> <freelancer user> <outstanding publications> <payment message status>
 * <payment notifications>} once the completion has committed while no listener could finish. Then it waits to be killed.
 */
public final class PaymentCompletionChild {

    private PaymentCompletionChild() {
    }

    public static void main(String[] args) {
        try {
            run(args);
        } catch (Throwable failed) { // the test sees the child die at once, and reads why in its error file
            failed.printStackTrace();
            System.exit(1);
        }
    }

    private static void run(String[] args) throws Exception {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(SkillConnectApplication.class)
                .profiles("test").run(args);
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        TransactionTemplate transactions = context.getBean(TransactionTemplate.class);
        ApplicationEventPublisher events = context;

        long base = ThreadLocalRandom.current().nextLong(1_000_000_000L, 2_000_000_000L);
        OrderId order = new OrderId(base);
        UserId client = new UserId(base + 1);
        UserId freelancer = new UserId(base + 2);
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.MICROS);
        transactions.executeWithoutResult(status -> events.publishEvent(new OrderPlaced(OrderType.SERVICE, order, 7,
                client, new ClientId(base + 3), freelancer, new FreelancerId(base + 4), "Website", new BigDecimal("500"),
                new BigDecimal("500"), 5, t0)));
        transactions.executeWithoutResult(status -> events.publishEvent(new OrderStatusChanged(OrderType.SERVICE, order,
                7, client, new ClientId(base + 3), freelancer, new FreelancerId(base + 4), "Website",
                new BigDecimal("500"), new BigDecimal("500"), 5, OrderStatus.PENDING, OrderStatus.ACCEPTED, freelancer,
                t0.plusSeconds(1))));
        waitFor(() -> jdbc.queryForObject("select count(*) from billing.order_ref where order_id = ? and status = 'ACCEPTED'",
                Integer.class, order.value()) == 1);

        Contracting contracting = context.getBean(Contracting.class);
        Contract contract = contracting.create(client, OrderType.SERVICE, order.value(), new ContractTerms(
                new Money(new BigDecimal("20000")), LocalDate.now(ZoneOffset.UTC).plusDays(30), "All at the end", ""),
                ContractStatus.PENDING, WorkflowStatus.PLANNING);
        contracting.accept(freelancer, contract.id().value());
        PaymentRequestView request = context.getBean(PaymentRequesting.class).request(freelancer, contract.id().value(),
                new Money(new BigDecimal("20000")), "All of it", PaymentMethod.RAZORPAY, OptionalLong.empty());
        waitFor(() -> jdbc.queryForObject("select count(*) from conversations.message where payment_request_id = ?",
                Integer.class, request.id()) == 1);
        waitFor(() -> jdbc.queryForObject("select count(*) from event_publication where completion_date is null",
                Integer.class) == 0);

        DataSource dataSource = context.getBean(DataSource.class);
        Connection holder = dataSource.getConnection();
        holder.setAutoCommit(false);
        try (Statement lock = holder.createStatement()) {
            lock.execute("lock table conversations.message, billing.order_ref in access exclusive mode");
        }

        context.getBean(PaymentSettlement.class).paid(new PaymentRequestId(request.id()), "pay_killed");

        Thread.sleep(2000); // the listeners start, and wait for the tables
        long outstanding;
        try (Statement count = holder.createStatement();
                ResultSet row = count.executeQuery("select count(*) from event_publication where completion_date is null")) {
            row.next();
            outstanding = row.getLong(1);
        }
        String message;
        long notices;
        try (Statement read = holder.createStatement();
                ResultSet row = read.executeQuery("select payment_status from conversations.message where payment_request_id = "
                        + request.id())) {
            row.next();
            message = row.getString(1);
        }
        try (Statement read = holder.createStatement();
                ResultSet row = read.executeQuery("select count(*) from marketplace.notification where topic = 'payment_request:"
                        + request.id() + "'")) {
            row.next();
            notices = row.getLong(1);
        }
        System.out.println("PAID " + request.id() + " " + contract.id().value() + " " + order.value() + " "
                + freelancer.value() + " " + outstanding + " " + message + " " + notices);
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Not reached in 60 s");
            }
            Thread.sleep(100);
        }
    }
}
