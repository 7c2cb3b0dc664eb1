abstract class LleShape { abstract int area(); }
