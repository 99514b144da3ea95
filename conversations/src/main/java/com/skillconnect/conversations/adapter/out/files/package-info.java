/** Tells uploaded files' kinds by their content, with Apache Tika's detector (tika-core). */
@org.jmolecules.architecture.hexagonal.SecondaryAdapter
package com.skillconnect.conversations.adapter.out.files;
