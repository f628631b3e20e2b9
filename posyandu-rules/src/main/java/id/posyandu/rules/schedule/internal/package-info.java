/** Implementation of the schedules: reference tables of doses and versions. Not API. */
package id.posyandu.rules.schedule.internal;
