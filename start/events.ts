/*
| Application events.
*/
