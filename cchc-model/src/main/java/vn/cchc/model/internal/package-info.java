/**
 * Internal to cchc-model and not exported by its module: what its packages share and users do not see.
 */
package vn.cchc.model.internal;
