/**
 * Pushes contracts to the parties' open contract sockets through the shared kernel's
 * {@link com.skillconnect.kernel.RealtimeDelivery} (app's backplane), as the contract object the REST API answers.
 */
@org.jmolecules.architecture.hexagonal.SecondaryAdapter
package com.skillconnect.billing.adapter.out.realtime;
