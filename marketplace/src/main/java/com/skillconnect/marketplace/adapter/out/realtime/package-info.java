/**
 * Pushes marketplace's notifications to the recipients' open sockets through the shared kernel's
 * {@link com.skillconnect.kernel.RealtimeDelivery} (app's backplane), as the frames the frontend reads.
 */
@org.jmolecules.architecture.hexagonal.SecondaryAdapter
package com.skillconnect.marketplace.adapter.out.realtime;
