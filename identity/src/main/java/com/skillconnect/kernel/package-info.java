/**
 * The shared kernel: the few building blocks every module uses the same way, written once. Pure Java
 * (and jMolecules): recording domain events in aggregates ({@link com.skillconnect.kernel.EventRecordingAggregate}),
 * and the module exceptions a use case throws ({@link com.skillconnect.kernel.NotFoundException},
 * {@link com.skillconnect.kernel.NotAllowedException}, {@link com.skillconnect.kernel.RuleViolationException})
 * that app renders; and the generic form building blocks every module's forms share: the common violation
 * codes ({@link com.skillconnect.kernel.CommonCode}), field parsing and generic values
 * ({@link com.skillconnect.kernel.Text}, {@link com.skillconnect.kernel.Money},
 * {@link com.skillconnect.kernel.SkillName}, {@link com.skillconnect.kernel.WebUrl}) and uploads
 * ({@link com.skillconnect.kernel.UploadedFile}, {@link com.skillconnect.kernel.UploadCheck}, the
 * {@link com.skillconnect.kernel.FileStorage} port). Nothing domain-specific belongs here (see
 * docs/adr/0018-shared-kernel.md).
 * <p>
 * It lives in the identity jar only because every module already depends on identity and the design
 * card fixes the top-level folders; it is its own Spring Modulith module, open to all.
 * The Spring-side helpers used by adapters are in {@code com.skillconnect.kernel.spring}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "kernel", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package com.skillconnect.kernel;
