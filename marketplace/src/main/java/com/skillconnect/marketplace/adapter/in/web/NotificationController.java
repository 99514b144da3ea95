package com.skillconnect.marketplace.adapter.in.web;

import com.skillconnect.identity.UserId;
import com.skillconnect.kernel.spring.Callers;
import com.skillconnect.marketplace.application.NotificationCenter;
import com.skillconnect.marketplace.domain.Notification;
import com.skillconnect.marketplace.domain.NotificationPage;
import io.swagger.v3.oas.annotations.Operation;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's own order notifications, the same ones the notification socket pushes: the list (DRF envelope,
 * newest first, 10 per page, {@code page_size} at most 100), the unread count, marking one read (another user's
 * notification is not found, and stays unread) and marking all read.
 */
@RestController
@RequestMapping(GigsApi.BASE + "/notifications")
class NotificationController {

    private final NotificationCenter center;

    NotificationController(NotificationCenter center) {
        this.center = center;
    }

    @GetMapping
    @Operation(summary = "Own notifications, newest first (paginated)")
    Page<NotificationItem> list(@AuthenticationPrincipal Jwt token, @PageableDefault(size = 10) Pageable pageable) {
        NotificationPage page = center.page(user(token), pageable.getOffset(), pageable.getPageSize());
        return new PageImpl<>(page.notifications().stream().map(NotificationItem::of).toList(), pageable, page.total());
    }

    @GetMapping("/unread-count")
    @Operation(summary = "How many own notifications are unread")
    Map<String, Long> unreadCount(@AuthenticationPrincipal Jwt token) {
        return Map.of("count", center.unreadCount(user(token)));
    }

    @PostMapping("/{id:[0-9]{1,18}}/read")
    @Operation(summary = "Marks one own notification read (by the notification's id); answers it")
    NotificationItem read(@AuthenticationPrincipal Jwt token, @PathVariable long id) {
        return NotificationItem.of(center.markRead(user(token), id));
    }

    @PostMapping("/read-all")
    @Operation(summary = "Marks every own notification read; answers how many were unread")
    Map<String, Integer> readAll(@AuthenticationPrincipal Jwt token) {
        return Map.of("updated", center.markAllRead(user(token)));
    }

    private static UserId user(Jwt token) {
        return Callers.user(token, UserId::new);
    }

    /** A stored notification as listed: {@code id} is the notification's, {@code order_id} the order's. */
    record NotificationItem(long id, long orderId, String orderType, String title, String text, String status,
            boolean isRead, Instant createdAt) {

        static NotificationItem of(Notification notification) {
            return new NotificationItem(notification.id().value(), notification.orderId().value(),
                    notification.orderType().name().toLowerCase(Locale.ROOT), notification.title(), notification.text(),
                    notification.status().name().toLowerCase(Locale.ROOT), notification.isRead(), notification.createdAt());
        }
    }
}
