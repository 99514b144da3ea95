/**
 * Pushes conversations' chat frames to the parties' open chat sockets through the shared kernel's
 * {@link com.skillconnect.kernel.RealtimeDelivery} (app's backplane), as the frames the frontend reads.
 */
@org.jmolecules.architecture.hexagonal.SecondaryAdapter
package com.skillconnect.conversations.adapter.out.realtime;
