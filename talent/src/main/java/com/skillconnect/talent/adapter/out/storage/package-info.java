/** Uploaded files on the local file system under {@code skillconnect.storage.root} (served under {@code /media/} by app). */
@org.jmolecules.architecture.hexagonal.SecondaryAdapter
package com.skillconnect.talent.adapter.out.storage;
